package org.sanxiang.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP load client of {@code bench/cases.sh} (JDK only, run as a source file): N clients, each on its own
 * kept-alive connection, for a number of seconds; every request timed on its own.
 * <ul>
 * <li>{@code baseline BASE TOKEN CLIENTS SECONDS}: {@code GET /api/v1/registry/agencies} with the officer's token;
 * <li>{@code cases BASE OFFICER_TOKEN HEAD_TOKEN OFFICER_IDS CLIENTS SECONDS}: each client opens a summary-procedure
 * case (当场处罚, {@code POST /api/v1/cases}), records the payment as the officer, then the unit head files it and
 * closes it ({@code POST /api/v1/cases/{id}/transitions/…}): four case commands a cycle, each a transaction with
 * its rules, step row and ledger entry.
 * <li>{@code list BASE TOKEN PATH REQUESTS}: one client, sequential requests of one list (after a tenth as many
 * to warm up), for {@code bench/case-list.sh}: p50, p95 and the list's total.
 * </ul>
 * Prints requests/s, cycles/s, p50/p99/max per kind and any non-2xx answer.
 */
public final class CaseLoad {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");

    private CaseLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("list")) {
            list(args[1], args[2], args[3], Integer.parseInt(args[4]));
            return;
        }
        String base = args[1];
        boolean cases = args[0].equals("cases");
        int clients = Integer.parseInt(args[cases ? 5 : 3]);
        int seconds = Integer.parseInt(args[cases ? 6 : 4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long party = cases ? party(http, base, args[2]) : 0;
        String[] kinds = cases ? new String[] {"open", "record-payment", "file-record", "close"} : new String[] {"get"};
        List<List<List<Long>>> timings = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<List<Long>> mine = new ArrayList<>();
            for (String ignored : kinds) {
                mine.add(new ArrayList<>());
            }
            timings.add(mine);
            int client = c;
            running.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    try {
                        if (cases) {
                            cycle(http, base, args[2], args[3], args[4], party, mine, failures,
                                    client + "-" + n++);
                        } else {
                            timed(http, get(base + "/api/v1/registry/agencies", args[2]), mine.get(0), failures);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println(e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        long total = 0;
        for (int k = 0; k < kinds.length; k++) {
            List<Long> all = new ArrayList<>();
            for (List<List<Long>> client : timings) {
                all.addAll(client.get(k));
            }
            total += all.size();
            System.out.println(kinds[k] + ": " + summary(all, seconds));
        }
        System.out.printf("all: %d requests in %d s = %.1f requests/s%s, %d clients, %d failed%n", total, seconds,
                total / (double) seconds, cases ? String.format(" (%.1f cases/s)",
                        timings.stream().mapToLong(t -> t.get(3).size()).sum() / (double) seconds) : "",
                clients, failures.get());
    }

    private static void list(String base, String token, String path, int requests) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong failures = new AtomicLong();
        List<Long> warm = new ArrayList<>();
        List<Long> timed = new ArrayList<>();
        String body = null;
        for (int i = 0; i < requests / 10 + 1; i++) {
            body = timed(http, get(base + path, token), warm, failures);
        }
        for (int i = 0; i < requests; i++) {
            timed(http, get(base + path, token), timed, failures);
        }
        long[] sorted = timed.stream().mapToLong(Long::longValue).sorted().toArray();
        Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body == null ? "" : body);
        boolean more = body != null && body.contains("\"totalExact\":false");
        System.out.printf("%-70s total %10s  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%s%n", path,
                total.find() ? (more ? "> " : "") + total.group(1) : "?", ms(sorted, 0.5), ms(sorted, 0.95), sorted[sorted.length - 1] / 1e6,
                failures.get() > 0 ? "  " + failures.get() + " failed" : "");
    }

    /** One 当场处罚 from opening to closing: the officer decides and records the payment, the unit head files and closes. */
    private static void cycle(HttpClient http, String base, String officer, String head, String officers,
            long party, List<List<Long>> mine, AtomicLong failures, String serial) throws Exception {
        String opened = timed(http, post(base + "/api/v1/cases", officer, """
                {"procedure":"summary-penalty","partyId":%d,"domain":"market",
                 "record":{"officers":[%s],"place":"衡阳市示例路","facts":"销售的散装食品未明码标价","penalty":"FINE",
                 "fine":100,"basis":"《中华人民共和国价格法》第四十二条","formNumber":"BENCH-%s","credentialShown":true,
                 "avSkipReason":"压测"}}""".formatted(party, officers, serial)), mine.get(0), failures);
        if (opened == null) {
            return;
        }
        String cases = base + "/api/v1/cases/" + id(opened) + "/transitions/";
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        if (timed(http, post(cases + "record-payment", officer, "{\"paidOn\":\"" + today + "\",\"paid\":100}"),
                mine.get(1), failures) == null
                || timed(http, post(cases + "file-record", head, "{}"), mine.get(2), failures) == null) {
            return;
        }
        timed(http, post(cases + "close", head, "{}"), mine.get(3), failures);
    }

    private static String timed(HttpClient http, HttpRequest request, List<Long> into, AtomicLong failures)
            throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        into.add(System.nanoTime() - start);
        if (response.statusCode() / 100 != 2) {
            if (failures.incrementAndGet() <= 5) {
                System.err.println(request.uri() + " " + response.statusCode() + " " + response.body());
            }
            return null;
        }
        return response.body();
    }

    /** The natural person every 当场处罚 of the run is against, registered once (or by an earlier run). */
    private static long party(HttpClient http, String base, String officer) throws Exception {
        String id = "11010519491231002X";
        HttpResponse<String> made = http.send(post(base + "/api/v1/parties", officer, """
                {"kind":"NATURAL_PERSON","name":"压测摊贩","idType":"RESIDENT_ID","idNumber":"%s"}""".formatted(id)),
                HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() == 201) {
            return id(made.body());
        }
        String found = http.send(get(base + "/api/v1/parties?q=" + id, officer), HttpResponse.BodyHandlers.ofString())
                .body();
        return id(found.replaceFirst("^\\{\"items\":\\[", ""));
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String summary(List<Long> nanos, int seconds) {
        if (nanos.isEmpty()) {
            return "none";
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return String.format("%d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length,
                sorted.length / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static long id(String body) {
        Matcher m = ID.matcher(body == null ? "" : body);
        if (!m.find()) {
            throw new IllegalStateException("no case id in " + body);
        }
        return Long.parseLong(m.group(1));
    }
}
