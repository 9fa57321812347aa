package org.sanxiang.test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanxiang.registry.ResidentIdNumber;
import org.sanxiang.registry.UnifiedSocialCreditCode;

/**
 * Builds, through the public HTTP API, a supervision tree as the tests need it: a justice bureau (supervisor)
 * over a city bureau, a county bureau under the city, and a commerce bureau in another branch; with a user
 * for every role. Names are unique per fixture so that tests sharing a database do not collide.
 */
public final class RegistryFixture {

    public static final String PASSWORD = "fixture-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    public final ApiClient admin;
    public final String tag;
    public final long justice;
    public final long city;
    public final long county;
    public final long commerce;
    public final long cityUnit;

    public RegistryFixture(int port) {
        admin = ApiClient.anonymous(port).as("admin", "admin-password-1");
        tag = "t" + SEQUENCE.incrementAndGet();
        justice = agency("司法局", null, "government");
        city = agency("市场监督管理局", justice, "market");
        county = agency("县市场监督管理局", city, "market");
        commerce = agency("商务局", justice, "commerce");
        cityUnit = created(admin.post("/api/v1/registry/agencies/" + city + "/units",
                Map.of("name", "执法支队", "kind", "ENFORCEMENT")));
    }

    public String user(String role, long agency) {
        String username = tag + "-" + role.toLowerCase().replace('_', '-') + "-" + agency;
        created(admin.post("/api/v1/users", Map.of("username", username, "displayName", username,
                "password", PASSWORD, "agencyId", agency, "roles", List.of(role))));
        return username;
    }

    public ApiClient as(String username) {
        return admin.as(username, PASSWORD);
    }

    public long agency(String name, Long parent, String domain) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("name", tag + name, "uscc", uscc(),
                "level", "CITY", "domain", domain, "kind", "STATUTORY", "complaintPhone", "12345"));
        if (parent != null) {
            form.put("parentId", parent);
        }
        return created(admin.post("/api/v1/registry/agencies", form));
    }

    public long officer(long agency, String name, List<String> domains) {
        return created(admin.post("/api/v1/registry/agencies/" + agency + "/officers", Map.of("name", name,
                "idNumber", idNumber(), "domains", domains)));
    }

    public long credential(long officer, String number, LocalDate from, LocalDate until, List<String> domains) {
        return created(admin.post("/api/v1/registry/officers/" + officer + "/credentials", Map.of("number", number,
                "issuer", "湖南省人民政府", "issuedOn", from.toString(), "validUntil", until.toString(),
                "domains", domains)));
    }

    public static long created(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new AssertionError("expected 201 Created, got " + response);
        }
        return response.json().get("id").asLong();
    }

    /** A fresh valid 统一社会信用代码. */
    public static String uscc() {
        String first17 = String.format("11430400MB%07d", SEQUENCE.incrementAndGet());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** A fresh valid 身份证号码. */
    public static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String birth = LocalDate.of(1970, 1, 1).plusDays(n).toString().replace("-", "");
        String first17 = "430400" + birth + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public static String uniqueNumber() {
        return "TEST" + System.nanoTime();
    }
}
