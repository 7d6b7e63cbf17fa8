package kg.kodeks.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records what a fuzz test class did for the reliability report: whether it fuzzed
 * ({@code JAZZER_FUZZ} set) or replayed its saved inputs, how many runs, and for how long.
 * Writes {@code target/reliability/fuzz-<Class>.json}.
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
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("target", name);
        String fuzz = System.getenv("JAZZER_FUZZ");
        figures.put("mode", fuzz != null && !fuzz.isBlank() && !fuzz.equals("0") ? "fuzzing" : "regression");
        figures.put("runs", runs);
        figures.put("failed", failed);
        figures.put("seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        Report.write("fuzz-" + name, figures);
    }
}
