package org.sanxiang.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.platform.Role;
import org.sanxiang.platform.UserAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A minimal tus 1.0 client over real HTTP, as a field officer's uploader would behave. */
public final class TusClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String username;
    private final String authorization;

    public static final String PASSWORD = "evidence-test-passphrase-2026";

    public TusClient(int port, String username) {
        this(port, username, PASSWORD);
    }

    public TusClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.username = username;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates an officer (of {@code agencyId}) or an administrator with the test password; returns the name. */
    public static String user(UserAccounts users, String name, Long agencyId, Role role) {
        String username = name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        users.create(username, PASSWORD, name, agencyId, java.util.Set.of(role));
        return username;
    }

    /** The ledger entries about an evidence record, oldest first, as an administrator reads them. */
    public List<JsonNode> ledgerEntries(long evidenceId) {
        HttpResponse<byte[]> response = send(request("/api/v1/ledger/entries?subjectType=evidence&subjectId="
                + evidenceId + "&size=200").GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("ledger not readable: " + response.statusCode());
        }
        List<JsonNode> entries = new ArrayList<>();
        JSON.readTree(response.body()).forEach(entries::add);
        Collections.reverse(entries);
        return entries;
    }

    public String username() {
        return username;
    }

    public HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> create(long length, Map<String, String> metadata) {
        return send(request("/api/v1/evidence/uploads").header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", metadata(metadata))
                .POST(BodyPublishers.noBody()).build());
    }

    /** Creates an upload and returns its URL. */
    public String start(long length, Map<String, String> metadata) {
        HttpResponse<byte[]> created = create(length, metadata);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("upload not created: " + created.statusCode() + " " + new String(created.body()));
        }
        return created.headers().firstValue("Location").orElseThrow();
    }

    public HttpResponse<byte[]> head(String upload) {
        return send(request(upload).header("Tus-Resumable", "1.0.0").method("HEAD", BodyPublishers.noBody()).build());
    }

    public long offset(String upload) {
        return Long.parseLong(head(upload).headers().firstValue("Upload-Offset").orElseThrow());
    }

    public HttpResponse<byte[]> patch(String upload, long offset, byte[] content, int from, int to) {
        return send(request(upload).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", BodyPublishers.ofByteArray(content, from, to - from)).build());
    }

    /** Uploads the rest of {@code content} from the server's offset in chunks; returns the last response. */
    public HttpResponse<byte[]> resume(String upload, byte[] content, int chunk) {
        HttpResponse<byte[]> last = null;
        long offset = offset(upload);
        while (offset < content.length) {
            int end = (int) Math.min(content.length, offset + chunk);
            last = patch(upload, offset, content, (int) offset, end);
            if (last.statusCode() != 204) {
                throw new IllegalStateException("PATCH refused: " + last.statusCode() + " " + new String(last.body()));
            }
            offset = Long.parseLong(last.headers().firstValue("Upload-Offset").orElseThrow());
        }
        return last;
    }

    /**
     * A PATCH whose connection breaks: announces {@code to - from} bytes, sends only {@code sent} of them and
     * closes the connection, like a phone losing its signal.
     */
    public void brokenPatch(String upload, long offset, byte[] content, int from, int to, int sent) throws IOException {
        URI uri = URI.create(upload);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "PATCH " + uri.getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + "Tus-Resumable: 1.0.0\r\n"
                    + "Upload-Offset: " + offset + "\r\n"
                    + "Content-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + (to - from) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(Arrays.copyOfRange(content, from, from + sent));
            out.flush();
        }
    }

    /** After a broken connection the server needs a moment to store what arrived; waits until it has. */
    public long offsetOnceSettled(String upload, long atLeast) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            HttpResponse<byte[]> head = head(upload);
            long offset = Long.parseLong(head.headers().firstValue("Upload-Offset").orElse("-1"));
            if (offset >= atLeast) {
                return offset;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("upload never reached offset " + atLeast);
    }

    /** The same upload path on this client's server (its port changes when the server restarts). */
    public String here(String upload) {
        return base + URI.create(upload).getRawPath();
    }

    static String metadata(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + " " + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }
}
