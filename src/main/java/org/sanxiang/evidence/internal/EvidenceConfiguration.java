package org.sanxiang.evidence.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    EvidencePaths evidencePaths(EvidenceProperties properties, @Value("${sanxiang.data-dir}") String dataDir) {
        return new EvidencePaths(properties.root(dataDir), properties.staging(dataDir));
    }
}
