package kg.kodeks.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kg.kodeks.Workbench;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.error.KodeksException;
import kg.kodeks.review.Comment;
import kg.kodeks.review.Decision;
import kg.kodeks.workspace.Workspace;

/**
 * A child process for the concurrency and crash tests: does one kind of write many times on a
 * workspace and prints one line per write, {@code ACK …} once the write returned (it is
 * acknowledged to the user), or {@code REFUSED …} with the user's message. Anything else that
 * goes wrong ends the process with exit code 2 and the stack trace, which the tests treat as a
 * failure.
 *
 * <p>Usage: {@code Worker WORKSPACE comment|decide|finding|commit|render|index COUNT TAG [IDS…]}
 */
public final class Worker {
    private Worker() {}

    public static void main(String[] args) throws Exception {
        Workspace ws = new Workspace(Path.of(args[0]), false);
        String op = args[1];
        int count = Integer.parseInt(args[2]);
        String tag = args[3];
        // Workers of one race start their writes together, after both JVMs are up.
        long startAt = Long.getLong("worker.startAt", 0);
        Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
        for (int i = 0; i < count; i++) {
            try (Workbench workbench = Workbench.open(ws)) {
                String ack = once(workbench, op, tag, i, args);
                System.out.println("ACK " + ack);
            } catch (KodeksException e) {
                System.out.println("REFUSED " + e.localized(Locale.ENGLISH).replace('\n', ' '));
            }
            System.out.flush();
        }
    }

    private static String once(Workbench workbench, String op, String tag, int i, String[] args) throws Exception {
        switch (op) {
            case "comment" -> {
                String text = "comment " + tag + "-" + i;
                Comment c =
                        workbench.review().add(TestWorkspace.ROUND, "ст. 12", "Worker " + tag + ", sample", text, null);
                return c.id() + " " + text;
            }
            case "decide" -> {
                String id = args[4 + i % (args.length - 4)];
                String reason = "reason " + tag + "-" + i;
                workbench.review().decide(id, Decision.ACCEPTED, reason, "Worker " + tag);
                return id + " " + reason;
            }
            case "commit" -> {
                Path notes =
                        Files.createDirectories(workbench.workspace().drafts().resolve("notes"));
                String name = tag + "-" + i + ".txt";
                Files.writeString(notes.resolve(name), "Sample note " + tag + " " + i + "\n");
                DraftRepository repo = workbench.drafts().repository();
                return repo.commit(
                                        "Note " + tag + " " + i,
                                        DraftRepository.person("Worker " + tag + " <w@example.org>"))
                                .id()
                        + " notes/" + name;
            }
            case "finding" -> {
                String id = args[4];
                String reason = "reason " + tag + "-" + i;
                workbench.findings().decide(id, "confirmed", reason, "Worker " + tag);
                return id + " " + reason;
            }
            case "render" -> {
                Path out = workbench.workspace().root().resolve("out").resolve(tag + ".docx");
                workbench
                        .render()
                        .render(kg.kodeks.render.DocumentKind.PRESS_RELEASE, null, kg.kodeks.model.Language.RUS, out);
                return "out/" + tag + ".docx";
            }
            case "index" -> {
                // Alternates one corpus file between two contents, so every update re-indexes it.
                Path file = workbench.workspace().corpus().resolve("councils.rus.md");
                String text = Files.readString(file);
                text = text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text + "\n";
                kg.kodeks.workspace.AtomicFiles.writeString(file, text);
                workbench.search().index();
                return "index " + i;
            }
            default -> throw new IllegalArgumentException("unknown operation " + op);
        }
    }
}
