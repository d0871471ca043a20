package dev.advisor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.advisor.app.Advisor;
import dev.advisor.app.RulesReload;
import dev.advisor.questionnaire.AnswersInvalidException;
import dev.advisor.questionnaire.JsonSyntax;
import dev.advisor.questionnaire.Problem;
import dev.advisor.questionnaire.Questionnaire;
import dev.advisor.questionnaire.UnknownQuestionnaireException;
import dev.advisor.report.HtmlRenderer;
import dev.advisor.report.MarkdownRenderer;
import dev.advisor.report.Report;
import dev.advisor.rules.EvaluationBusyException;
import dev.advisor.rules.EvaluationException;
import dev.advisor.rules.RuleSet;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP API. All routes are in {@link #create()}; handlers parse the request, call the
 * {@link Advisor} and write the answer. Client mistakes get a 4xx in the {@link ApiError} shape;
 * only a fault of ours is a 5xx.
 *
 * <p>The admin routes (reloading the rules) exist only when an admin token is given, and then demand
 * it as {@code Authorization: Bearer <token>}. Rule files are code that runs inside the server, so
 * the API reloads what a trusted author put in the rules folder and never accepts rules over HTTP.
 */
public final class ApiServer {
    /** A complete brief with fifty segments is well under 1 MB. */
    public static final long MAX_BODY_BYTES = 1_048_576;
    /** How much of a refused body we read to keep the connection usable. */
    static final long MAX_DRAIN_BYTES = 16L * MAX_BODY_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String JSON = "application/json";
    private static final String MARKDOWN = "text/markdown";
    private static final String HTML = "text/html";

    private final Advisor advisor;
    private final AdminToken adminToken;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlRenderer html = new HtmlRenderer();

    /** The API without admin routes. */
    public ApiServer(Advisor advisor) {
        this(advisor, AdminToken.NONE);
    }

    public ApiServer(Advisor advisor, AdminToken adminToken) {
        this.advisor = advisor;
        this.adminToken = adminToken;
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors(advisor.json())));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.routes.get("/health", this::health);
            config.routes.get("/api/questionnaires", this::listQuestionnaires);
            config.routes.get("/api/questionnaires/{id}", this::getQuestionnaire);
            config.routes.post("/api/evaluations", this::evaluate);
            config.routes.get("/api/rules", this::listRules);
            config.routes.get("/api/examples", this::listExamples);
            config.routes.get("/api/examples/{id}", this::getExample);
            config.routes.post("/api/admin/rules/reload", this::reloadRules);
            // The browser app: the form and the report page, plain files from the jar.
            config.staticFiles.add("/web", Location.CLASSPATH);
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx,
                    e.getStatus() == 413 ? tooLarge() : ApiError.of(e.getStatus(), reason(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // Jetty found the request broken while a handler read it (a bad chunk in the body): the client's fault.
                org.eclipse.jetty.http.HttpException refused = org.eclipse.jetty.http.HttpException.asHttpException(e);
                if (refused != null && refused.getCode() >= 400 && refused.getCode() < 500) {
                    error(ctx, ApiError.of(refused.getCode(), reason(refused.getCode()), "the request is broken: "
                            + (refused.getReason() == null ? e.getMessage() : refused.getReason())));
                    return;
                }
                LOG.error("request failed: {} {}", ctx.method(), ctx.path(), e);
                error(ctx, ApiError.of(500, "internal error", "the server failed; the log has the details"));
            });
        });
    }

    private void health(Context ctx) {
        respond(ctx, 200, Map.of("status", "ok", "rulesVersion", advisor.ruleSet().version()));
    }

    private void listQuestionnaires(Context ctx) {
        respond(ctx, 200, advisor.questionnaires().all().stream()
                .map(q -> new QuestionnaireSummary(q.id(), q.version(), q.title().en(), q.title().ru())).toList());
    }

    private void getQuestionnaire(Context ctx) {
        String id = ctx.pathParam("id");
        advisor.questionnaires().get(id).map(Questionnaire::definition).ifPresentOrElse(
                definition -> respond(ctx, 200, definition),
                () -> error(ctx, ApiError.of(404, "not found", "unknown questionnaire '" + id + "'")));
    }

    private void listExamples(Context ctx) {
        respond(ctx, 200, advisor.examples().list());
    }

    private void getExample(Context ctx) {
        String id = ctx.pathParam("id");
        advisor.examples().get(id).ifPresentOrElse(
                document -> respond(ctx, 200, document),
                () -> error(ctx, ApiError.of(404, "not found", "unknown example brief '" + id + "'")));
    }

    private void listRules(Context ctx) {
        RuleSet rules = advisor.ruleSet();
        respond(ctx, 200, new RulesInfo(rules.version(), rules.files().stream()
                .map(f -> new RulesInfo.File(f.file(), f.packageName(), f.rules().stream()
                        .map(name -> new RulesInfo.Rule(name, rules.locate(f.packageName(), name).line())).toList()))
                .toList()));
    }

    private void evaluate(Context ctx) throws JsonProcessingException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.split(";", 2)[0].strip().equals(JSON)) {
            drain(ctx);
            error(ctx, ApiError.of(415, "unsupported media type",
                    "send the answers as " + JSON + " (got " + (contentType.isEmpty() ? "no content type" : contentType) + ")"));
            return;
        }
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            drain(ctx);
            error(ctx, tooLarge());
            return;
        }
        // Javalin reads with maxRequestSize as the limit and answers 413 past it (chunked bodies too).
        byte[] body = ctx.bodyAsBytes();
        int badByte = firstMalformedUtf8(body);
        if (badByte >= 0) {
            error(ctx, ApiError.of(400, "malformed JSON", "the body is not valid UTF-8 at byte offset " + badByte
                    + " (JSON is sent as UTF-8)"));
            return;
        }
        JsonNode document;
        try {
            document = advisor.json().readTree(body);
        } catch (StreamConstraintsException e) {
            error(ctx, ApiError.of(400, "malformed JSON", "the JSON exceeds a limit: " + e.getOriginalMessage()));
            return;
        } catch (JsonProcessingException e) {
            error(ctx, ApiError.of(400, "malformed JSON", "the body is not valid JSON" + JsonSyntax.describe(e)));
            return;
        } catch (IOException e) {
            error(ctx, ApiError.of(400, "malformed JSON", "the body cannot be read: " + e.getMessage()));
            return;
        }
        if (document == null || document.isMissingNode()) {
            error(ctx, ApiError.of(400, "malformed JSON", "the body is empty; send an answers document"));
            return;
        }
        Report report;
        try {
            report = advisor.evaluate(document);
        } catch (UnknownQuestionnaireException e) {
            error(ctx, ApiError.of(404, "not found", e.getMessage()));
            return;
        } catch (AnswersInvalidException e) {
            error(ctx, new ApiError(422, "invalid answers", e.errors().size() + " problem(s) in the answers",
                    e.errors(), e.warnings()));
            return;
        } catch (EvaluationBusyException e) {
            ctx.header("Retry-After", "1");
            error(ctx, ApiError.of(503, "busy", e.getMessage()));
            return;
        } catch (EvaluationException e) {
            // The rules, not the request, are at fault: a 500 naming the rule, and the server goes on.
            LOG.error("evaluation stopped: {}", e.getMessage());
            error(ctx, ApiError.of(500, "rule evaluation failed", e.getMessage()));
            return;
        }
        if (wantsMarkdown(ctx)) {
            ctx.status(200).contentType(MARKDOWN + "; charset=utf-8").result(markdown.render(report));
        } else if (wants(ctx, HTML)) {
            ctx.status(200).contentType(HTML + "; charset=utf-8").result(html.render(report));
        } else {
            respond(ctx, 200, report);
        }
    }

    /**
     * Rebuilds the rules folder on the advisor's builder thread and answers when it is done; the
     * request thread is not held meanwhile, and evaluations go on with the rules serving until the swap.
     */
    private void reloadRules(Context ctx) {
        drain(ctx);
        AdminToken.Check check = adminToken.check(ctx.header("Authorization"));
        if (check != AdminToken.Check.ACCEPTED) {
            if (check != AdminToken.Check.OFF) ctx.header("WWW-Authenticate", "Bearer realm=\"strategy-advisor admin\"");
            error(ctx, switch (check) {
                case OFF -> ApiError.of(404, "not found", "the admin routes are off: start the server with "
                        + AdminToken.VARIABLE + " set to enable them");
                case MISSING -> ApiError.of(401, "unauthorized", "send the admin token as 'Authorization: Bearer <token>'");
                default -> ApiError.of(401, "unauthorized", "the admin token does not match");
            });
            return;
        }
        ctx.future(() -> advisor.reloadRules().thenAccept(reload -> answerReload(ctx, reload)));
    }

    private void answerReload(Context ctx, RulesReload reload) {
        RuleSet serving = reload.serving();
        if (reload instanceof RulesReload.Reloaded r) {
            LOG.info("rules reloaded: version {} replaces {} ({} rules, built in {} ms)", serving.version(),
                    r.previousVersion(), serving.rules().size(), r.buildTime().toMillis());
            respond(ctx, 200, ReloadInfo.of("reloaded", serving, r.previousVersion(), r.buildTime().toMillis()));
        } else if (reload instanceof RulesReload.Refused r) {
            LOG.warn("rules not reloaded: {} error(s); still serving version {}", r.problems().size(), serving.version());
            error(ctx, new ApiError(422, "rules refused", "the rules in " + advisor.rulesDir() + " have "
                    + r.problems().size() + " error(s); version " + serving.version() + " keeps serving",
                    r.problems().stream().map(p -> new Problem(p.location(), p.message())).toList(), List.of()));
        } else {
            respond(ctx, 200, ReloadInfo.of("unchanged", serving, serving.version(), 0));
        }
    }

    /**
     * Reads and discards a body we refuse. Answering before the body is read makes Jetty close the
     * connection while the client is still sending, and the client may then lose our answer. Past
     * {@link #MAX_DRAIN_BYTES} we stop and let the connection close: a client sending that much
     * without waiting for {@code 100-continue} has to cope. A client that did ask
     * {@code Expect: 100-continue} has sent nothing yet, and reading would invite the body we refuse.
     */
    private static void drain(Context ctx) {
        String expect = ctx.header("Expect");
        if (expect != null && expect.toLowerCase(Locale.ROOT).contains("100-continue")) return;
        try (InputStream body = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total < MAX_DRAIN_BYTES && (n = body.read(buffer)) >= 0) total += n;
        } catch (IOException e) {
            LOG.debug("refused body not drained: {}", e.getMessage());
        }
    }

    /**
     * Where the body stops being UTF-8, or -1. Jackson decodes some malformed sequences (overlong forms
     * such as C0 AF for "/") instead of refusing them, and text that is not what it seems must not reach
     * the rules or a report.
     */
    static int firstMalformedUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return decoder.flush(out).isError() ? in.position() : -1;
            out.clear();
        }
    }

    private static boolean wantsMarkdown(Context ctx) {
        return "markdown".equals(ctx.queryParam("format")) || wants(ctx, MARKDOWN);
    }

    private static boolean wants(Context ctx, String mediaType) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(mediaType);
    }

    private static ApiError tooLarge() {
        return ApiError.of(413, "body too large", "the body is larger than " + MAX_BODY_BYTES + " bytes");
    }

    private void respond(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON).result(advisor.json().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response of ours cannot be written as JSON", e);
        }
    }

    private void error(Context ctx, ApiError error) {
        respond(ctx, error.status(), error);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "body too large";
            default -> "http " + status;
        };
    }

    record ReloadInfo(String status, String rulesVersion, String previousVersion, int rules, int files, int tools,
                      long buildMillis) {
        static ReloadInfo of(String status, RuleSet rules, String previousVersion, long buildMillis) {
            return new ReloadInfo(status, rules.version(), previousVersion, rules.rules().size(), rules.files().size(),
                    rules.catalogue().tools().size(), buildMillis);
        }
    }

    record QuestionnaireSummary(String id, String version, String titleEn, String titleRu) {
    }

    record RulesInfo(String rulesVersion, List<File> files) {
        record File(String file, String packageName, List<Rule> rules) {
        }

        record Rule(String name, int line) {
        }
    }
}
