package org.sanxiang.registry.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param domains          the enforcement domains (执法领域) agencies, officers and credentials are tagged with
 * @param idKeyFile        key that encrypts ID numbers; every node of a cluster needs the same file
 * @param expiryWarningDays credentials expiring within this many days are shown on the workbench, so that renewal
 *                         (换证, a matter of months at the issuing government) starts in time; no law sets it
 */
@ConfigurationProperties("sanxiang.registry")
public record RegistryProperties(List<Domain> domains, Path idKeyFile, Integer expiryWarningDays) {

    public record Domain(String code, String zh, String en) {
    }

    public RegistryProperties {
        domains = domains == null || domains.isEmpty() ? DEFAULT_DOMAINS : List.copyOf(domains);
        expiryWarningDays = expiryWarningDays == null ? 90 : expiryWarningDays;
    }

    /** The domains of the seeds' agencies (市场监管, 商务, 城管, 食品药品…). */
    static final List<Domain> DEFAULT_DOMAINS = List.of(
            new Domain("market", "市场监管", "Market regulation"),
            new Domain("food-drug", "食品药品", "Food and drugs"),
            new Domain("quality", "质量技术监督", "Quality supervision"),
            new Domain("commerce", "商务", "Commerce"),
            new Domain("urban", "城市管理综合执法", "Urban management"),
            new Domain("culture", "文化市场", "Cultural market"),
            new Domain("transport", "交通运输", "Transport"),
            new Domain("environment", "生态环境", "Environment"),
            new Domain("emergency", "应急管理", "Work safety"),
            new Domain("government", "政府（监督）", "Government (supervision)"));

    boolean isDomain(String code) {
        return domains.stream().anyMatch(d -> d.code().equals(code));
    }
}
