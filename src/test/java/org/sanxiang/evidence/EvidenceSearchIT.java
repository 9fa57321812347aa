package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanxiang.test.DatabaseBehaviour;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Finding evidence: by record, kind, officer and capture day, a page at a time, never beyond the user's scope. */
@IntegrationTest
@DatabaseBehaviour
class EvidenceSearchIT {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    private final ObjectMapper json = new ObjectMapper();
    private TusClient officer;
    private TusClient otherAgency;
    private String caseRef;
    private String officerName;

    @BeforeEach
    void setUp() {
        officer = new TusClient(port, TusClient.user(users, "search-officer", 1L, Role.OFFICER));
        otherAgency = new TusClient(port, TusClient.user(users, "search-elsewhere", 2L, Role.OFFICER));
        caseRef = "SEARCH-" + UUID.randomUUID();
        officerName = "李" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void evidenceIsFoundByKindOfficerAndCaptureDayInBeijingTime() {
        long lateEvening = upload(officer, "video", "2026-11-20T23:30", 1);
        long afterMidnight = upload(officer, "video", "2026-11-21T00:10", 2);
        long photo = upload(officer, "photo", "2026-11-20T10:00", 3);

        assertThat(ids(officer, "caseRef=" + caseRef)).containsExactly(photo, afterMidnight, lateEvening);
        assertThat(ids(officer, "caseRef=" + caseRef + "&kind=VIDEO")).containsExactly(afterMidnight, lateEvening);
        assertThat(ids(officer, "officer=" + encode(officerName.substring(1)))).as("part of the name")
                .containsExactly(photo, afterMidnight, lateEvening);
        assertThat(ids(officer, "officer=" + encode("_" + officerName.substring(1)))).as("_ is a character here")
                .isEmpty();
        assertThat(ids(officer, "caseRef=" + caseRef + "&capturedFrom=2026-11-20&capturedTo=2026-11-20"))
                .as("23:30 Beijing time is still the 20th, 00:10 is the 21st").containsExactly(photo, lateEvening);
        assertThat(ids(officer, "caseRef=" + caseRef + "&capturedFrom=2026-11-21")).containsExactly(afterMidnight);
    }

    @Test
    void theFilteredListExportsWithItsMetadataInBeijingTime() {
        long lateEvening = upload(officer, "video", "2026-11-20T23:30", 11);
        upload(officer, "photo", "2026-11-20T10:00", 12);

        HttpResponse<byte[]> csv = officer.send(officer.request("/api/v1/evidence/export?format=csv&kind=VIDEO&caseRef="
                + caseRef).GET().build());
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF编号,类别,原始文件名,检测到的文件类型");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(lateEvening + ",录像,video11.bin,video/mp4,1000,")
                .contains("," + caseRef + ",", "," + officerName + ",2026-11-20 23:30:00,");
        HttpResponse<byte[]> xlsx = officer.send(officer.request("/api/v1/evidence/export?format=xlsx&caseRef="
                + caseRef).GET().build());
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void theListComesAPageAtATimeWithItsTotal() {
        long first = upload(officer, "audio", "2026-11-20T09:00", 4);
        long second = upload(officer, "audio", "2026-11-20T09:05", 5);
        long third = upload(officer, "audio", "2026-11-20T09:10", 6);

        JsonNode page0 = list(officer, "caseRef=" + caseRef + "&size=2");
        JsonNode page1 = list(officer, "caseRef=" + caseRef + "&size=2&page=1");

        assertThat(page0.get("total").asLong()).isEqualTo(3);
        assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(page0)).containsExactly(third, second);
        assertThat(ids(page1)).containsExactly(first);
    }

    @Test
    void eachUserFindsOnlyTheEvidenceOfTheirOwnScopeAndTheTotalCountsOnlyThat() {
        long own = upload(officer, "video", "2026-11-20T09:00", 7);
        long elsewhere = upload(otherAgency, "video", "2026-11-20T09:00", 8);

        assertThat(ids(officer, "caseRef=" + caseRef)).containsExactly(own);
        assertThat(ids(otherAgency, "caseRef=" + caseRef)).containsExactly(elsewhere);
        JsonNode unfiltered = list(otherAgency, "size=200");
        assertThat(ids(unfiltered)).contains(elsewhere).doesNotContain(own);
        assertThat(unfiltered.get("total").asLong()).isEqualTo(unfiltered.get("items").size());
    }

    @Test
    void aDayRangeBackwardsOrAnUnknownKindIsRefusedWithAReason() {
        HttpResponse<byte[]> backwards = get(officer, "capturedFrom=2026-11-21&capturedTo=2026-11-20");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(json.readTree(backwards.body()).get("messages").get("zh").asString()).contains("起始日不能晚于截止日");

        assertThat(get(officer, "kind=FILM").statusCode()).isEqualTo(400);
        assertThat(get(officer, "capturedFrom=20.11.2026").statusCode()).isEqualTo(400);
        assertThat(get(officer, "capturedTo=" + encode("+999999999-12-31")).statusCode()).isEqualTo(400);
    }

    private long upload(TusClient who, String kind, String capturedAt, long seed) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("kind", kind);
        metadata.put("officer", officerName);
        metadata.put("capturedAt", capturedAt);
        metadata.put("filename", kind + seed + ".bin");
        metadata.put("caseRef", caseRef);
        byte[] content = EvidenceUploadIT.content(kind, 1000, seed * 7919 + caseRef.hashCode());
        String upload = who.start(content.length, metadata);
        return Long.parseLong(who.resume(upload, content, content.length).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());
    }

    private HttpResponse<byte[]> get(TusClient who, String query) {
        return who.send(who.request("/api/v1/evidence?" + query).GET().build());
    }

    private JsonNode list(TusClient who, String query) {
        HttpResponse<byte[]> response = get(who, query);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private List<Long> ids(TusClient who, String query) {
        return ids(list(who, query));
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(e -> e.get("id").asLong()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
