package kg.kodeks.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.kodeks.render.kinds.CodeData;
import kg.kodeks.render.kinds.CommentFormData;
import kg.kodeks.render.kinds.CommentsTableData;
import kg.kodeks.render.kinds.ComparativeTableData;
import kg.kodeks.render.kinds.DataBuilder;
import kg.kodeks.render.kinds.FindingsReportData;
import kg.kodeks.render.kinds.PlanData;
import kg.kodeks.render.kinds.PressReleaseData;
import kg.kodeks.render.kinds.ProtocolData;

/** The kinds of official documents, each a template in {@code templates/} plus data. */
public enum DocumentKind {
    PRESS_RELEASE("press-release", new PressReleaseData()),
    PROTOCOL("protocol", new ProtocolData()),
    PLAN("plan", new PlanData()),
    COMPARATIVE_TABLE("comparative-table", new ComparativeTableData()),
    COMMENTS_TABLE("comments-table", new CommentsTableData()),
    COMMENT_FORM("comment-form", new CommentFormData()),
    FINDINGS_REPORT("findings-report", new FindingsReportData()),
    CODE("code", new CodeData());

    private final String id;
    private final DataBuilder builder;

    DocumentKind(String id, DataBuilder builder) {
        this.id = id;
        this.builder = builder;
    }

    /** The name used on the command line and in file names: {@code press-release}. */
    public String id() {
        return id;
    }

    DataBuilder builder() {
        return builder;
    }

    /**
     * @throws IllegalArgumentException naming the known kinds
     */
    public static DocumentKind parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (DocumentKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind '" + text + "': expected one of "
                + Arrays.stream(values()).map(DocumentKind::id).collect(Collectors.joining(", ")));
    }
}
