package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;

/** One part of {@code kodeks demo}: does its work on the demo workspace and says what it wrote. */
interface DemoStep {
    String name();

    /**
     * @param workbench the fresh demo workspace
     * @param out the folder for outputs
     * @param command the demo command, for printing to the terminal
     * @return a one-line account of what was produced
     */
    String run(Workbench workbench, Path out, BaseCommand command) throws Exception;
}
