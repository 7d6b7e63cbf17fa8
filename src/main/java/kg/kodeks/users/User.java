package kg.kodeks.users;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user of the web workbench. The name and e-mail also sign the user's commits and comments.
 *
 * @param login the name typed at login (latin letters, digits, '.', '_', '-')
 * @param fullName the name shown and used as Git author
 * @param email the e-mail used as Git author
 * @param role what the user may do
 * @param passwordHash the salted hash, never the password
 */
public record User(String login, String fullName, String email, Role role, String passwordHash) {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{2,40}");

    public User {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException(
                    "a login is 2 to 40 latin letters, digits, '.', '_' or '-', got '" + login + "'");
        }
        Objects.requireNonNull(role, "role");
        fullName = fullName == null || fullName.isBlank() ? login : fullName;
        email = email == null || email.isBlank() ? login + "@localhost" : email;
    }

    /** "Full Name <mail>", as Git writes an author. */
    public String author() {
        return fullName + " <" + email + ">";
    }
}
