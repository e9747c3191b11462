import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java vendor's integration with the OrgLife service, written against its OpenAPI document (/openapi/v1.json)
 * with the JDK alone (java.net.http.HttpClient; no JSON library, so responses are checked as text).
 * Usage: java OrgLifeClient http://127.0.0.1:5080/ ; prints one line per check and exits 1 when one fails.
 */
public final class OrgLifeClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final List<String> failures = new ArrayList<>();

    private OrgLifeClient(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java OrgLifeClient BASE_URL");
            System.exit(2);
        }
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        OrgLifeClient client = new OrgLifeClient(URI.create(url));
        client.run();
        if (!client.failures.isEmpty()) {
            System.err.println("FAILED: " + String.join("; ", client.failures));
            System.exit(1);
        }
        System.out.println("all checks passed");
    }

    private void run() throws Exception {
        // The contract: the operations this client calls are in the OpenAPI document, with the record's schema.
        HttpResponse<String> contract = send(get("openapi/v1.json"));
        check("openapi document", contract.statusCode() == 200
                && contract.body().contains("\"/api/validate\"")
                && contract.body().contains("\"/api/rules\"")
                && contract.body().contains("\"BranchRecord\""), contract.body());

        // The catalogue: every rule with its descriptor and sources.
        HttpResponse<String> rules = send(get("api/rules"));
        check("catalogue", rules.statusCode() == 200 && rules.body().contains("\"OL101\"") && rules.body().contains("\"sources\""), rules.body());

        // Validate the example record (the demo branch) as of a fixed date, messages in English.
        String record = send(get("api/demo/record")).body();
        HttpResponse<String> report = send(HttpRequest.newBuilder(base.resolve("api/validate?policy=collection&asOf=2027-01-10"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(record, StandardCharsets.UTF_8))
                .build());
        check("validate the example record", report.statusCode() == 200
                && report.body().contains("\"ruleId\":\"OL104\"")
                && report.body().contains("\"outcome\":\"violated\"")
                && report.body().contains("had no talk with the secretary"), report.body());

        // A truncated record: an RFC 9457 problem naming where the JSON stops, never a stack trace.
        HttpResponse<String> problem = send(HttpRequest.newBuilder(base.resolve("api/validate"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"branch\": {\"id\": \"b1\", ", StandardCharsets.UTF_8))
                .build());
        check("problem details for a truncated record", problem.statusCode() == 400
                && problem.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && problem.body().contains("\"status\":400")
                && problem.body().contains("\"line\":")
                && !problem.body().contains("Exception"), problem.body());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void check(String name, boolean passed, String body) {
        if (passed) {
            System.out.println("ok   " + name);
        } else {
            String shown = body.length() > 400 ? body.substring(0, 400) + "…" : body;
            System.out.println("FAIL " + name + ": " + shown);
            failures.add(name);
        }
    }
}
