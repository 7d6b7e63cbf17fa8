package kg.kodeks.drafts;

import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * One commit of the drafts repository as people read it.
 *
 * @param id the full commit id
 * @param shortId the first seven characters
 * @param author the author's name
 * @param email the author's e-mail
 * @param date when the author made it, ISO-8601 with the author's offset
 * @param message the whole message
 * @param tags the tags that name this commit
 */
public record CommitInfo(
        String id, String shortId, String author, String email, String date, String message, List<String> tags) {
    public CommitInfo {
        tags = List.copyOf(tags);
    }

    /** The first line of the message. */
    public String subject() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    static CommitInfo of(RevCommit commit, List<String> tags) {
        PersonIdent who = commit.getAuthorIdent();
        String date = ZonedDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId())
                .toOffsetDateTime()
                .toString();
        String id = commit.getName();
        return new CommitInfo(
                id,
                id.substring(0, 7),
                who.getName(),
                who.getEmailAddress(),
                date,
                commit.getFullMessage().strip(),
                tags);
    }
}
