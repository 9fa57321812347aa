package org.sanxiang.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.test.ApiClient;
import org.sanxiang.test.RegistryFixture;
import org.sanxiang.test.ServerProcess;
import tools.jackson.databind.JsonNode;

/**
 * Nothing acknowledged is lost (DESIGN: "a write is acknowledged only once it and its ledger entry are durable"):
 * four API clients change registry records on the packaged server, which is killed with SIGKILL at a random moment
 * (right after one of its answers, while the other clients wait for theirs) and restarted on the same data. Every
 * change answered 201/200 is there, with its ledger entry in the tree, and the ledger verifies. Runs on the embedded
 * H2 default only: there the database engine dies with the killed JVM. A PostgreSQL server is not killed with the
 * application and keeps what it committed; what the application answers before committing is the same code on both.
 */
class KillDurabilityIT {

    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    /** One change a client asked for; {@code unitId} is 0 for a unit not yet created. */
    private record Change(String entryType, long unitId, String name) {
    }

    @Test
    void everyChangeAnsweredBeforeAKillMinus9IsThereAfterTheRestartWithItsLedgerEntry() throws Exception {
        long agency;
        List<Writer> writers = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            agency = RegistryFixture.created(server.admin().post("/api/v1/registry/agencies", Map.of(
                    "name", "衡阳市崩溃测试局", "uscc", RegistryFixture.uscc(), "level", "CITY",
                    "domain", "market", "kind", "STATUTORY")));
            // a random moment: right after the k-th answer, a few seconds into the writes, or at the latest after 30 s
            Killer killer = new Killer(server, ThreadLocalRandom.current().nextInt(10, 40));
            for (int i = 0; i < WRITERS; i++) {
                writers.add(new Writer(i, server.admin(), agency, killer));
            }
            writers.forEach(Thread::start);
            killer.awaitOrKillAfter(30);
            for (Writer writer : writers) {
                writer.join();
            }
        }
        for (Writer writer : writers) {
            assertThat(writer.unexpected).as("answers other than 200/201 before the kill").isEmpty();
        }

        try (ServerProcess restarted = ServerProcess.start(dataDir)) {
            ApiClient admin = restarted.admin();
            Map<Long, String> units = new HashMap<>();
            admin.get("/api/v1/registry/agencies/" + agency + "/units").json()
                    .forEach(u -> units.put(u.get("id").asLong(), u.get("name").asText()));
            assertThat(admin.post("/api/v1/ledger/checkpoints", Map.of()).status()).isEqualTo(200);
            Set<Change> recorded = integratedEntries(admin, agency);

            int acknowledged = 0;
            int present = 0;
            for (Writer writer : writers) {
                for (Change change : writer.acknowledged) {
                    acknowledged++;
                    if (recorded.contains(change) && units.containsKey(change.unitId())) {
                        present++;
                    }
                }
            }
            System.out.printf("kill -9 durability (H2): %d writers, %d acknowledged changes, %d present after the "
                    + "crash and restart%n", WRITERS, acknowledged, present);

            for (Writer writer : writers) {
                assertThat(recorded).as("ledger entries of acknowledged changes").containsAll(writer.acknowledged);
                writer.lastNames().forEach((unit, name) -> assertThat(units.get(unit))
                        .as("unit %d: its last acknowledged name, or the change in flight at the kill", unit)
                        .isIn(name, writer.inFlightName(unit).orElse(name)));
            }
            assertThat(present).isEqualTo(acknowledged).isPositive();
            JsonNode verified = admin.post("/api/v1/ledger/verify", Map.of()).json();
            assertThat(verified.get("ok").asBoolean()).as(verified.toString()).isTrue();
        }
    }

    /** The registry entries about the agency that are in the Merkle tree, as changes. */
    private static Set<Change> integratedEntries(ApiClient admin, long agency) {
        Set<Change> changes = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode entries = admin.get("/api/v1/ledger/entries?module=registry&subjectType=agency&subjectId="
                    + agency + "&size=200&page=" + page).json();
            if (entries.isEmpty()) {
                return changes;
            }
            for (JsonNode e : entries) {
                JsonNode facts = e.get("payload");
                if (facts.has("unitId") && e.hasNonNull("index")) {
                    changes.add(new Change(e.get("entryType").asText(), facts.get("unitId").asLong(),
                            facts.get("name").asText()));
                }
            }
        }
    }

    /** Kills the server once, right after the k-th acknowledgement of any writer. */
    private static final class Killer {
        private final ServerProcess server;
        private final int afterAcknowledgements;
        private final AtomicInteger acknowledgements = new AtomicInteger();
        private final CountDownLatch killed = new CountDownLatch(1);

        Killer(ServerProcess server, int afterAcknowledgements) {
            this.server = server;
            this.afterAcknowledgements = afterAcknowledgements;
        }

        void acknowledged() throws InterruptedException {
            if (acknowledgements.incrementAndGet() == afterAcknowledgements) {
                kill();
            }
        }

        void awaitOrKillAfter(int seconds) throws InterruptedException {
            if (!killed.await(seconds, TimeUnit.SECONDS)) {
                kill();
            }
        }

        boolean done() {
            return killed.getCount() == 0;
        }

        private synchronized void kill() throws InterruptedException {
            if (!done()) {
                server.kill();
                killed.countDown();
            }
        }
    }

    /** A client creating units and renaming each twice, one request at a time, until the server is gone. */
    private static final class Writer extends Thread {
        private final int number;
        private final ApiClient client;
        private final long agency;
        private final Killer killer;
        final List<Change> acknowledged = new ArrayList<>();
        final List<String> unexpected = new ArrayList<>();
        volatile Change inFlight;

        Writer(int number, ApiClient client, long agency, Killer killer) {
            this.number = number;
            this.client = client;
            this.agency = agency;
            this.killer = killer;
        }

        @Override
        public void run() {
            try {
                for (int n = 0; !killer.done(); ) {
                    inFlight = new Change("unit.added", 0, "w" + number + "-" + n++);
                    ApiClient.Response added = client.post("/api/v1/registry/agencies/" + agency + "/units",
                            Map.of("name", inFlight.name(), "kind", "OTHER"));
                    if (!expected(added, 201)) {
                        return;
                    }
                    long unit = added.json().get("id").asLong();
                    acknowledge(new Change("unit.added", unit, inFlight.name()));
                    long version = 0;
                    for (int rename = 0; rename < 2 && !killer.done(); rename++) {
                        inFlight = new Change("unit.updated", unit, "w" + number + "-" + n++);
                        ApiClient.Response renamed = client.put("/api/v1/registry/units/" + unit,
                                Map.of("name", inFlight.name(), "kind", "OTHER", "version", version));
                        if (!expected(renamed, 200)) {
                            return;
                        }
                        version = renamed.json().get("version").asLong();
                        acknowledge(inFlight);
                    }
                }
            } catch (UncheckedIOException serverGone) {
                // killed while this request was in flight: it is not acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private boolean expected(ApiClient.Response response, int status) {
            if (response.status() != status && !killer.done()) {
                unexpected.add(inFlight + ": " + response);
            }
            return response.status() == status;
        }

        private void acknowledge(Change change) throws InterruptedException {
            acknowledged.add(change);
            inFlight = null;
            killer.acknowledged();
        }

        /** The name a rename of this unit was sending when the server died: committed or not, unanswered. */
        Optional<String> inFlightName(long unit) {
            Change change = inFlight;
            return change != null && change.unitId() == unit ? Optional.of(change.name()) : Optional.empty();
        }

        /** Each unit's name as last acknowledged. */
        Map<Long, String> lastNames() {
            Map<Long, String> names = new HashMap<>();
            acknowledged.forEach(c -> names.put(c.unitId(), c.name()));
            return names;
        }
    }
}
