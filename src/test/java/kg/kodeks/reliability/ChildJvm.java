package kg.kodeks.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts Kodeks in a JVM of its own, on the classpath of the running tests (surefire's or the
 * IDE's), so that concurrency and crash tests use real separate processes.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** A child running {@code mainClass} with the arguments; its output goes to the files. */
    static Process start(Class<?> mainClass, Path stdout, Path stderr, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small heap and no JIT tiers beyond C1: children live for seconds on a 2-core machine.
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
    }
}
