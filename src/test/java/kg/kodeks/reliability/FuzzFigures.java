package kg.kodeks.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records what a fuzz test class did for the reliability report: the saved inputs it replayed
 * ({@code target/reliability/fuzz-<Class>.json}) or, with {@code JAZZER_FUZZ} set, how long it
 * fuzzed ({@code fuzzing-<Class>.json}, added up over sessions).
 */
public final class FuzzFigures implements BeforeAllCallback, AfterTestExecutionCallback, AfterAllCallback {
    private long started;
    private int runs;
    private int failed;

    @Override
    public void beforeAll(ExtensionContext context) {
        started = System.nanoTime();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        runs++;
        if (context.getExecutionException().isPresent()) {
            failed++;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName();
        String fuzz = System.getenv("JAZZER_FUZZ");
        boolean fuzzing = fuzz != null && !fuzz.isBlank() && !fuzz.equals("0");
        double seconds = Math.round((System.nanoTime() - started) / 1e8) / 10.0;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("target", name);
        if (fuzzing) {
            // Sessions add up (one target per run), so a long run over every target is reported whole.
            Map<String, Object> before = Report.read("fuzzing-" + name);
            figures.put("sessions", ((Number) before.getOrDefault("sessions", 0)).intValue() + 1);
            figures.put("seconds", ((Number) before.getOrDefault("seconds", 0)).doubleValue() + seconds);
            figures.put("failed", ((Number) before.getOrDefault("failed", 0)).intValue() + failed);
            Report.write("fuzzing-" + name, figures);
        } else {
            figures.put("runs", runs);
            figures.put("failed", failed);
            figures.put("seconds", seconds);
            Report.write("fuzz-" + name, figures);
        }
    }
}
