package org.sanxiang.test;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context one id ({@code sanxiang.test.context-id}) for its data directory and
 * in-memory database; {@code ${random.uuid}} would give a new value at each place that reads the property.
 */
public class TestContextId implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("sanxiang-test-context",
                Map.of("sanxiang.test.context-id", UUID.randomUUID().toString())));
    }
}
