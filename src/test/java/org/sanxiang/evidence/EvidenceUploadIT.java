package org.sanxiang.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.sanxiang.test.BrowserSession;
import org.sanxiang.test.DatabaseBehaviour;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.evidence.internal.EvidencePaths;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import org.sanxiang.test.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@DatabaseBehaviour
class EvidenceUploadIT {

    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    EvidencePaths paths;

    private final ObjectMapper json = new ObjectMapper();
    private TusClient officer;
    private TusClient colleague;
    private TusClient otherAgency;
    private TusClient admin;
    private String caseRef;

    @BeforeEach
    void setUp() {
        officer = new TusClient(port, TusClient.user(users, "officer", 1L, Role.OFFICER));
        colleague = new TusClient(port, TusClient.user(users, "colleague", 1L, Role.OFFICER));
        otherAgency = new TusClient(port, TusClient.user(users, "elsewhere", 2L, Role.OFFICER));
        admin = new TusClient(port, TusClient.user(users, "admin", null, Role.ADMIN));
        caseRef = "TEST-" + UUID.randomUUID();
    }

    /** A body-camera video: an MP4 {@code ftyp} box followed by random bytes. */
    static byte[] video(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
        System.arraycopy(ftyp, 0, content, 0, ftyp.length);
        return content;
    }

    /** Content of the kind: a JPEG for a photo, an MP3 for a recording, a PDF for a scan, else a video. */
    static byte[] content(String kind, int size, long seed) {
        if (kind.equals("video")) {
            return video(size, seed);
        }
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        byte[] head = switch (kind) {
            case "photo" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
            case "audio" -> "ID3".getBytes(StandardCharsets.US_ASCII);
            case "document" -> "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException(kind);
        };
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }

    Map<String, String> metadata(String fileName) {
        return Map.of("kind", "video", "deviceSerial", "ZFJLY-0042", "officer", "张三",
                "capturedAt", "2026-11-20T09:30", "place", "衡阳市蒸湘区解放西路", "filename", fileName,
                "caseRef", caseRef, "stepRef", "调查取证", "partyRef", "某某餐饮店");
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    JsonNode get(String path) {
        HttpResponse<byte[]> response = officer.send(officer.request(path).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    long upload(byte[] content, String fileName) {
        String upload = officer.start(content.length, metadata(fileName));
        HttpResponse<byte[]> last = officer.resume(upload, content, MIB);
        return Long.parseLong(last.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
    }

    @Test
    void anUploadBrokenOffMidChunkResumesWhereItBrokeAndBecomesEvidenceWithItsHashInTheLedger() throws Exception {
        byte[] content = video(3 * MIB + 12345, 1);
        String upload = officer.start(content.length, metadata("执法记录仪_0042.mp4"));

        assertThat(officer.patch(upload, 0, content, 0, MIB).statusCode()).isEqualTo(204);
        officer.brokenPatch(upload, MIB, content, MIB, 2 * MIB, 300_000);
        long resumedAt = officer.offsetOnceSettled(upload, MIB + 300_000);
        HttpResponse<byte[]> last = officer.resume(upload, content, MIB);

        assertThat(resumedAt).isEqualTo(MIB + 300_000);
        long id = Long.parseLong(last.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
        JsonNode evidence = get("/api/v1/evidence/" + id);
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(content));
        assertThat(evidence.get("size").asLong()).isEqualTo(content.length);
        assertThat(evidence.get("mediaType").asText()).isEqualTo("video/mp4");
        assertThat(evidence.get("deviceSerial").asText()).isEqualTo("ZFJLY-0042");
        assertThat(evidence.get("fileName").asText()).isEqualTo("执法记录仪_0042.mp4");
        List<JsonNode> entries = admin.ledgerEntries(id);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("entryType").asText()).isEqualTo("evidence.stored");
        JsonNode payload = entries.get(0).get("payload");
        assertThat(payload.get("sha256").asText()).isEqualTo(sha256(content));
        assertThat(payload.get("caseRef").asText()).isEqualTo(caseRef);
        assertThat(payload.get("officer").asText()).isEqualTo("张三");
        assertThat(payload.get("capturedAt").asText()).isEqualTo("2026-11-20T01:30:00Z");
        assertThat(payload.get("mediaType").asText()).isEqualTo("video/mp4");
        assertThat(payload.get("size").asLong()).isEqualTo(content.length);
    }

    @Test
    void aPartialUploadIsNeverVisibleAsEvidence() throws Exception {
        byte[] content = video(2 * MIB, 2);
        String upload = officer.start(content.length, metadata("partial.mp4"));
        officer.patch(upload, 0, content, 0, MIB);

        assertThat(get("/api/v1/evidence?caseRef=" + caseRef).get("items")).isEmpty();
        assertThat(officer.head(upload).headers().firstValue("Sanxiang-Evidence-Id")).isEmpty();
    }

    @Test
    void contentTheAgencyAlreadyHoldsLinksTheExistingEvidenceAndSaysSoInsteadOfASecondRecord() throws Exception {
        byte[] content = video(MIB + 7, 3);
        HttpResponse<byte[]> first = officer.resume(officer.start(content.length, metadata("first.mp4")), content, MIB);
        String again = colleague.start(content.length, metadata("second.mp4"));
        HttpResponse<byte[]> second = colleague.resume(again, content, MIB);

        long id = Long.parseLong(first.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
        assertThat(first.headers().firstValue("Sanxiang-Evidence-Already-Stored")).hasValue("false");
        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(second.headers().firstValue("Sanxiang-Evidence-Id")).hasValue(Long.toString(id));
        assertThat(second.headers().firstValue("Sanxiang-Evidence-Already-Stored")).hasValue("true");
        assertThat(colleague.head(again).headers().firstValue("Sanxiang-Evidence-Already-Stored")).hasValue("true");
        JsonNode list = get("/api/v1/evidence?caseRef=" + caseRef).get("items");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("fileName").asText()).isEqualTo("first.mp4");
        List<JsonNode> entries = admin.ledgerEntries(id);
        assertThat(entries).extracting(e -> e.get("entryType").asText())
                .containsExactly("evidence.stored", "evidence.uploaded-again");
        assertThat(entries.get(1).get("actor").asText()).isEqualTo(colleague.username());
        assertThat(entries.get(1).get("payload").get("fileName").asText()).isEqualTo("second.mp4");
    }

    /** Another agency's copy of the same file is its own evidence: it cannot link what it may not see. */
    @Test
    void theSameContentInAnotherAgencyIsThatAgencysOwnEvidence() {
        byte[] content = video(4000, 12);
        long mine = upload(content, "mine.mp4");
        String theirs = otherAgency.start(content.length, metadata("theirs.mp4"));
        HttpResponse<byte[]> done = otherAgency.resume(theirs, content, MIB);

        assertThat(done.headers().firstValue("Sanxiang-Evidence-Already-Stored")).hasValue("false");
        assertThat(done.headers().firstValue("Sanxiang-Evidence-Id")).isNotEqualTo(Optional.of(Long.toString(mine)));
    }

    /** A PDF declared as video, a program named like a photo: the content's signature decides, not the name. */
    @Test
    void contentThatIsNotTheDeclaredKindIsRefusedByTheRuleAfterItsFirstChunkAndNeverBecomesEvidence() {
        byte[] pdf = "%PDF-1.7\n现场检查笔录\n%%EOF\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        String upload = officer.start(pdf.length, metadata("执法记录仪_0042.mp4"));
        HttpResponse<byte[]> refused = officer.patch(upload, 0, pdf, 0, 1000);
        HttpResponse<byte[]> more = officer.patch(upload, 1000, pdf, 1000, pdf.length);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:sanxiang:rule:evidence-content-matches-kind");
        assertThat(problem.get("messages").get("zh").asText())
                .startsWith("文件内容是 application/pdf，与所填类别“录像”不符");
        assertThat(more.statusCode()).isEqualTo(422);
        assertThat(officer.offset(upload)).isEqualTo(1000);

        byte[] program = new byte[3000];
        program[0] = 'M';
        program[1] = 'Z';
        Map<String, String> photo = new HashMap<>(metadata("现场照片.jpg"));
        photo.put("kind", "photo");
        String exe = officer.start(program.length, photo);
        HttpResponse<byte[]> refusedProgram = officer.patch(exe, 0, program, 0, program.length);
        assertThat(refusedProgram.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refusedProgram.body()).get("messages").get("zh").asText()).contains("可执行程序");
        assertThat(get("/api/v1/evidence?caseRef=" + caseRef).get("items")).isEmpty();
    }

    @Test
    void aChunkAtTheWrongOffsetIsRefusedAndChangesNothing() {
        byte[] content = video(MIB, 4);
        String upload = officer.start(content.length, metadata("offset.mp4"));
        officer.patch(upload, 0, content, 0, 1000);

        HttpResponse<byte[]> wrong = officer.patch(upload, 0, content, 0, 1000);

        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(officer.offset(upload)).isEqualTo(1000);
    }

    @Test
    void aChunkGoingBeyondTheUploadLengthIsRefusedAndNothingOfItIsStored() throws Exception {
        byte[] content = video(250, 5);
        String upload = officer.start(100, metadata("overflow.mp4"));
        String id = upload.substring(upload.lastIndexOf('/') + 1);

        HttpResponse<byte[]> announced = officer.patch(upload, 0, content, 0, 250);
        HttpResponse<byte[]> streamed = officer.send(officer.request(upload).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", "0").header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(content)))
                .build()); // no Content-Length: the excess shows only once 100 bytes are in

        for (HttpResponse<byte[]> refused : List.of(announced, streamed)) {
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .contains("problem+json"));
        }
        assertThat(officer.offset(upload)).isZero();
        assertThat(Files.size(paths.staging().resolve(id))).isZero();
        HttpResponse<byte[]> last = officer.resume(upload, Arrays.copyOf(content, 100), MIB);
        JsonNode evidence = get("/api/v1/evidence/" + last.headers().firstValue("Sanxiang-Evidence-Id").orElseThrow());
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(Arrays.copyOf(content, 100)));
    }

    @Test
    void anUploadWithoutWhatTheRecordingRulesRequireIsRefusedNamingEachField() {
        HttpResponse<byte[]> noKind = officer.create(10, Map.of("filename", "a.mp4"));
        HttpResponse<byte[]> unknownKind = officer.create(10, Map.of("kind", "sculpture", "filename", "a.mp4",
                "capturedAt", "yesterday"));
        HttpResponse<byte[]> oldVersion = officer.send(officer.request("/api/v1/evidence/uploads")
                .header("Tus-Resumable", "0.2.2").header("Upload-Length", "10")
                .POST(BodyPublishers.noBody()).build());

        assertThat(noKind.statusCode()).isEqualTo(400);
        JsonNode missing = json.readTree(noKind.body());
        assertThat(missing.get("messages").get("zh").asText()).isEqualTo("上传元数据缺失或无效：类别、案件或记录编号");
        assertThat(missing.get("messages").get("en").asText())
                .isEqualTo("missing or invalid Upload-Metadata: Kind, Case or record reference");
        assertThat(missing.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("kind", "caseRef");
        assertThat(missing.get("errors").get(1).get("message").asText()).isEqualTo("请填写有效的案件或记录编号");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unknownKind.body()).get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("kind", "capturedAt", "caseRef");
        assertThat(oldVersion.statusCode()).isEqualTo(412);

        HttpResponse<byte[]> notBase64 = officer.send(officer.request("/api/v1/evidence/uploads")
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", "10").header("Upload-Metadata", "kind %%%")
                .POST(BodyPublishers.noBody()).build());
        assertThat(notBase64.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notBase64.body()).get("messages").get("zh").asText()).contains("Base64");
    }

    /** The recording's officer is who signed in (her registry record, 我的执法证), its time now, unless she says. */
    @Test
    void theOfficerAndTheCaptureTimeDefaultToTheSignedInOfficerAndNow() {
        RegistryFixture f = new RegistryFixture(port);
        long officerId = f.officer(f.city, "王建国", List.of("market"));
        String username = f.user("OFFICER", f.city);
        BrowserSession cityAdmin = BrowserSession.signedIn(port, f.user("ADMIN", f.city), RegistryFixture.PASSWORD);
        String page = "/workbench/registry/officers/" + officerId;
        cityAdmin.send(HttpRequest.newBuilder(cityAdmin.uri(page + "/account"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=" + username + "&_csrf=" + cityAdmin.pageToken(page))));
        TusClient linked = new TusClient(port, username, RegistryFixture.PASSWORD);
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        String upload = linked.start(2000, Map.of("kind", "video", "caseRef", caseRef));
        long id = Long.parseLong(linked.resume(upload, video(2000, 13), MIB).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());

        JsonNode evidence = json.readTree(linked.send(linked.request("/api/v1/evidence/" + id).GET().build()).body());
        assertThat(evidence.get("officer").asText()).isEqualTo("王建国");
        assertThat(java.time.Instant.parse(evidence.get("capturedAt").asText()))
                .isBetween(before, java.time.Instant.now());
        assertThat(BrowserSession.signedIn(port, username, RegistryFixture.PASSWORD).get("/workbench/evidence").body())
                .contains("value=\"王建国\"");
    }

    /** Supervisors in the superior government read evidence and never author it; the page says why. */
    @Test
    void aSupervisorMayNotUploadAndThePageSaysWhichRolesMay() {
        RegistryFixture f = new RegistryFixture(port);
        String supervisor = f.user("SUPERVISOR", f.justice);
        TusClient client = new TusClient(port, supervisor, RegistryFixture.PASSWORD);

        HttpResponse<byte[]> refused = client.create(10, metadata("a.mp4"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("problem+json"));
        assertThat(json.readTree(refused.body()).get("messages").get("zh").asText())
                .contains("只有“执法人员”“承办机构负责人”角色可以上传");
        String page = BrowserSession.signedIn(port, supervisor, RegistryFixture.PASSWORD).get("/workbench/evidence")
                .body();
        assertThat(page).doesNotContain("id=\"evidence-upload\"").contains("id=\"upload-not-yours\"")
                .contains("只有“执法人员”“承办机构负责人”角色可以上传", "监督人员");
        String disclosure = f.user("DISCLOSURE_ADMIN", f.city);
        assertThat(new TusClient(port, disclosure, RegistryFixture.PASSWORD).create(10, metadata("a.mp4"))
                .statusCode()).isEqualTo(403);
    }

    /** A chunk reaching a node of a cluster whose staging directory is not shared is refused with the reason. */
    @Test
    void aChunkForAnUploadWhosePartialFileIsNotOnThisServerIsRefusedWithTheReason() throws Exception {
        byte[] content = video(1000, 6);
        String upload = officer.start(content.length, metadata("elsewhere.mp4"));
        String id = upload.substring(upload.lastIndexOf('/') + 1);
        Path partial = paths.staging().resolve(id);
        Path aside = Files.move(partial, partial.resolveSibling(id + ".aside"));

        HttpResponse<byte[]> refused = officer.patch(upload, 0, content, 0, content.length);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(refused.body()).get("messages").get("zh").asText()).contains("共享暂存目录");
        assertThat(officer.offset(upload)).isZero();

        Files.move(aside, partial);
        assertThat(officer.patch(upload, 0, content, 0, content.length).statusCode()).isEqualTo(204);
    }

    @Test
    void anotherOfficerCannotContinueSomeoneElsesUpload() {
        byte[] content = video(1000, 5);
        String upload = officer.start(content.length, metadata("mine.mp4"));

        HttpResponse<byte[]> foreign = colleague.patch(upload, 0, content, 0, content.length);

        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void aRangeRequestAnswers206WithExactlyTheRequestedBytes() {
        byte[] content = video(MIB + 500, 6);
        long id = upload(content, "range.mp4");
        String url = "/api/v1/evidence/" + id + "/content";

        HttpResponse<byte[]> middle = officer.send(officer.request(url).header("Range", "bytes=1000-1999").GET().build());
        HttpResponse<byte[]> tail = officer.send(officer.request(url).header("Range", "bytes=-100").GET().build());
        HttpResponse<byte[]> beyond = officer.send(officer.request(url).header("Range", "bytes=" + content.length + "-").GET().build());
        HttpResponse<byte[]> whole = officer.send(officer.request(url).GET().build());

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + content.length);
        assertThat(middle.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 1000, 2000));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 100, content.length));
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(content);
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");
    }

    /** Each request for content is recorded with its range: no way of asking reads unrecorded (seeks included). */
    @Test
    void everyViewEverySeekAndEveryDownloadIsALedgerEntryWithItsRange() {
        long id = upload(video(MIB, 7), "access.mp4");
        String url = "/api/v1/evidence/" + id + "/content";

        HttpResponse<byte[]> first = officer.send(officer.request(url).header("Range", "bytes=0-").GET().build());
        officer.send(officer.request(url).header("Range", "bytes=5000-").GET().build());
        officer.send(officer.request(url + "?download=true").header("Range", "bytes=1-").GET().build());
        assertThat(first.headers().firstValue("Set-Cookie")).as("an HTTP Basic client gets no session").isEmpty();
        HttpResponse<byte[]> download = officer.send(officer.request(url + "?download=true").GET().build());

        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("access.mp4"));
        List<JsonNode> entries = admin.ledgerEntries(id);
        assertThat(entries).extracting(e -> e.get("entryType").asText()).containsExactly("evidence.stored",
                "evidence.viewed", "evidence.viewed", "evidence.downloaded", "evidence.downloaded");
        long last = MIB - 1;
        assertThat(entries.subList(1, 5)).extracting(e -> e.get("payload").get("range").asText())
                .containsExactly("0-" + last, "5000-" + last, "1-" + last, "0-" + last);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo(officer.username()));
    }

    @Test
    void evidenceIsVisibleWithinTheAgencyAndHiddenFromOtherAgencies() {
        long id = upload(video(1000, 9), "agency.mp4");
        String url = "/api/v1/evidence/" + id;

        assertThat(colleague.send(colleague.request(url).GET().build()).statusCode()).isEqualTo(200);
        assertThat(otherAgency.send(otherAgency.request(url).GET().build()).statusCode()).isEqualTo(404);
        assertThat(otherAgency.send(otherAgency.request(url + "/content").GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void supervisorsAboveTheAgencySeeItsEvidenceAndAnotherBranchDoesNot() {
        RegistryFixture f = new RegistryFixture(port);
        TusClient countyOfficer = new TusClient(port, TusClient.user(users, "county", f.county, Role.OFFICER));
        String upload = countyOfficer.start(2000, metadata("county.mp4"));
        long id = Long.parseLong(countyOfficer.resume(upload, video(2000, 11), MIB).headers()
                .firstValue("Sanxiang-Evidence-Id").orElseThrow());
        String url = "/api/v1/evidence/" + id;

        TusClient supervisor = new TusClient(port, TusClient.user(users, "justice", f.justice, Role.SUPERVISOR));
        TusClient cityOfficer = new TusClient(port, TusClient.user(users, "city", f.city, Role.OFFICER));
        TusClient commerce = new TusClient(port, TusClient.user(users, "commerce", f.commerce, Role.SUPERVISOR));
        assertThat(supervisor.send(supervisor.request(url + "/content").GET().build()).statusCode()).isEqualTo(200);
        assertThat(cityOfficer.send(cityOfficer.request(url).GET().build()).statusCode()).isEqualTo(404);
        assertThat(commerce.send(commerce.request(url).GET().build()).statusCode()).isEqualTo(404);
    }

    @Test
    void theApiOffersNoWayToOverwriteOrDeleteEvidence() {
        long id = upload(video(1000, 8), "keep.mp4");
        String url = "/api/v1/evidence/" + id;

        for (String method : List.of("DELETE", "PUT", "PATCH", "POST")) {
            for (String path : List.of(url, url + "/content")) {
                HttpResponse<byte[]> response = officer.send(officer.request(path)
                        .method(method, BodyPublishers.ofString("x", StandardCharsets.UTF_8)).build());
                assertThat(response.statusCode()).as(method + " " + path).isIn(404, 405);
            }
        }
        assertThat(officer.send(officer.request(url + "/content").GET().build()).body()).isEqualTo(video(1000, 8));
    }
}
