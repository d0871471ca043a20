package dev.advisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.TestFolders;
import dev.advisor.app.Advisor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.advisor.api.TestHttp.assertError;
import static dev.advisor.api.TestHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/admin/rules/reload} over real HTTP on a copy of the shipped rules: off without a
 * token, guarded by it, swapping a rule set that builds, refusing one that does not with every error,
 * and never failing an evaluation while it builds.
 */
class RulesReloadTest {
    private static final String TOKEN = "test-token-0123456789";
    private static final String AUTHORIZED = "Bearer " + TOKEN;
    /** A rule a consultant adds: it fires for every brief naming the company, so reports show it at once. */
    private static final String ADDED_RULE = """
            package rules.added;

            import dev.advisor.facts.*;
            import java.util.List;

            rule "A named company is greeted"
            when
                $c : Company( name != null )
            then
                insertLogical(new Recommendation("added.greeting", "test", "low", null, "Hello " + $c.name(),
                    "A rule added while the server runs.", "Read the report.", List.of(Because.of("company_name", $c.name()))));
            end
            """;

    @TempDir
    Path temp;
    private Path rules;
    private TestHttp http;

    @BeforeEach
    void serveACopyOfTheShippedRules() throws Exception {
        rules = TestFolders.copyOfShippedRules(temp);
        http = TestHttp.start(new Advisor(TestFolders.QUESTIONNAIRES, rules), AdminToken.of(TOKEN));
    }

    @AfterEach
    void stop() {
        http.close();
    }

    private HttpResponse<byte[]> reload(String... headers) throws Exception {
        return http.post("/api/admin/rules/reload", null, new byte[0], headers);
    }

    private String servingVersion() throws Exception {
        return json(http.get("/health")).get("rulesVersion").asText();
    }

    private static String body(String example) throws Exception {
        return Files.readString(TestFolders.EXAMPLES.resolve(example));
    }

    @Test
    void unchangedFilesAreNotRebuilt() throws Exception {
        String before = servingVersion();
        HttpResponse<byte[]> response = reload("Authorization", AUTHORIZED);
        assertEquals(200, response.statusCode());
        assertEquals("unchanged", json(response).get("status").asText());
        assertEquals(before, json(response).get("rulesVersion").asText());
    }

    @Test
    void anAddedRuleIsServedAfterTheReload() throws Exception {
        // given a rule file added to the folder
        String before = servingVersion();
        TestFolders.write(rules, "added/added.drl", ADDED_RULE);
        // when reloaded
        HttpResponse<byte[]> response = reload("Authorization", AUTHORIZED);
        // then the new version serves and the next report has the new rule's advice
        assertEquals(200, response.statusCode(), () -> TestHttp.text(response));
        JsonNode info = json(response);
        assertEquals("reloaded", info.get("status").asText());
        assertEquals(before, info.get("previousVersion").asText());
        assertNotEquals(before, info.get("rulesVersion").asText());
        assertEquals(info.get("rulesVersion").asText(), servingVersion());
        JsonNode report = json(http.postJson(body("local-bakery.json")));
        assertEquals(info.get("rulesVersion").asText(), report.get("rulesVersion").asText());
        assertTrue(report.get("recommendations").toString().contains("added.greeting"));
    }

    @Test
    void aBrokenRuleSetIsRefusedWithEveryErrorAndThePreviousRulesKeepServing() throws Exception {
        // given two broken files
        String before = servingVersion();
        TestFolders.write(rules, "broken/syntax.drl", "package rules.broken;\nrule \"Broken\"\nwhen\n    Stage( order > )\nthen\nend\n");
        TestFolders.write(rules, "broken/field.drl", "package rules.broken2;\nimport dev.advisor.facts.*;\n"
                + "rule \"Bad field\"\nwhen\n    Segment( colour == \"red\" )\nthen\nend\n");
        // when reloaded
        JsonNode error = assertError(reload("Authorization", AUTHORIZED), 422);
        // then both errors are listed as file:line, and the old rules go on serving
        List<String> paths = new ArrayList<>();
        error.get("problems").forEach(p -> paths.add(p.get("path").asText()));
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("rules/broken/syntax.drl:4")), paths.toString());
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("rules/broken/field.drl:5")), paths.toString());
        assertTrue(error.get("message").asText().contains("version " + before + " keeps serving"), error.toString());
        assertEquals(before, servingVersion());
        assertEquals(200, http.postJson(body("local-bakery.json")).statusCode());
    }

    @Test
    void evaluationsUnderConcurrentLoadNeverFailWhileTheRulesAreReloaded() throws Exception {
        // given eight clients evaluating the example briefs as fast as they can
        List<String> bodies = new ArrayList<>();
        try (var files = Files.list(TestFolders.EXAMPLES)) {
            for (Path f : files.sorted().toList()) bodies.add(Files.readString(f));
        }
        Map<String, AtomicInteger> reportsByVersion = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger completed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch everyClientAnswered = new CountDownLatch(8);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                boolean first = true;
                for (int i = client; !stop.get(); i++) {
                    try {
                        HttpResponse<byte[]> response = http.postJson(bodies.get(i % bodies.size()));
                        if (response.statusCode() != 200) {
                            failures.add(response.statusCode() + " " + TestHttp.text(response));
                        } else {
                            reportsByVersion.computeIfAbsent(json(response).get("rulesVersion").asText(), v -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                    completed.incrementAndGet();
                    if (first) {
                        everyClientAnswered.countDown();
                        first = false;
                    }
                }
                return null;
            }));
        }
        assertTrue(everyClientAnswered.await(120, TimeUnit.SECONDS), "the clients got no answers");
        String first = servingVersion();
        // when the rules are changed and reloaded three times, once broken, while they run
        TestFolders.write(rules, "added/added.drl", ADDED_RULE);
        String second = reloadDuring(completed, "reloaded");
        TestFolders.write(rules, "added/broken.drl", "package rules.broken;\nrule \"Broken\"\nwhen\n    Stage( order > )\nthen\nend\n");
        reloadDuring(completed, "refused");
        Files.delete(rules.resolve("added/broken.drl"));
        Files.writeString(rules.resolve("added/added.drl"), ADDED_RULE.replace("Hello ", "Welcome "));
        String third = reloadDuring(completed, "reloaded");
        // and the clients go on until a report of the last version has come back
        int afterLast = completed.get();
        while (reportsByVersion.getOrDefault(third, new AtomicInteger()).get() == 0 || completed.get() < afterLast + 8) {
            assertTrue(failures.isEmpty(), () -> failures.get(0));
            Thread.onSpinWait();
        }
        stop.set(true);
        for (Future<?> client : running) client.get(120, TimeUnit.SECONDS);
        clients.shutdown();
        // then not one request failed, and every report came from one of the versions that served
        assertEquals(List.of(), failures);
        assertEquals(java.util.Set.of(first, second, third), reportsByVersion.keySet(), reportsByVersion.toString());
        assertEquals(third, servingVersion());
    }

    /** Reloads and asserts both the outcome and that evaluations were answered while the rules built. */
    private String reloadDuring(AtomicInteger completed, String outcome) throws Exception {
        int before = completed.get();
        HttpResponse<byte[]> response = reload("Authorization", AUTHORIZED);
        JsonNode answer = json(response);
        assertEquals(outcome.equals("refused") ? 422 : 200, response.statusCode(), answer::toString);
        if (outcome.equals("reloaded")) assertEquals("reloaded", answer.get("status").asText());
        assertTrue(completed.get() > before, "no evaluation was answered during the build");
        return servingVersion();
    }

    @Nested
    class TheAdminRoutes {
        @Test
        void areOffWithoutAToken() throws Exception {
            try (TestHttp plain = TestHttp.start(new Advisor(TestFolders.QUESTIONNAIRES, rules))) {
                JsonNode error = assertError(plain.post("/api/admin/rules/reload", null, new byte[0]), 404);
                assertTrue(error.get("message").asText().contains(AdminToken.VARIABLE), error.toString());
            }
        }

        @Test
        void askForTheTokenWhenItIsMissing() throws Exception {
            HttpResponse<byte[]> response = reload();
            JsonNode error = assertError(response, 401);
            assertTrue(error.get("message").asText().contains("Authorization: Bearer"), error.toString());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }

        @Test
        void refuseAWrongToken() throws Exception {
            TestFolders.write(rules, "added/added.drl", ADDED_RULE);
            String before = servingVersion();
            JsonNode error = assertError(reload("Authorization", "Bearer " + TOKEN + "x"), 401);
            assertTrue(error.get("message").asText().contains("does not match"), error.toString());
            assertEquals(before, servingVersion());
        }

        @Test
        void refuseATokenTooShortToBeSafeAtStartUp() {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> AdminToken.of("short"));
            assertTrue(e.getMessage().contains("at least 16 characters"), e.getMessage());
        }
    }
}
