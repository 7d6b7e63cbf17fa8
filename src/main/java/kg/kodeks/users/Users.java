package kg.kodeks.users;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kodeks.error.KodeksException;
import kg.kodeks.workspace.AtomicFiles;

/**
 * The users file of a workspace ({@code users.yaml}): readable YAML, one entry per user, with
 * password hashes only. Reading a missing file gives no users.
 */
public final class Users {
    static final String BUNDLE = "kg.kodeks.users.messages";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private final Map<String, User> byLogin;

    private Users(Path file, Map<String, User> byLogin) {
        this.file = file;
        this.byLogin = byLogin;
    }

    /** Reads the users file; a malformed file is an error naming it. */
    public static Users load(Path file) throws KodeksException {
        Map<String, User> users = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Users(file, users);
        }
        try {
            UsersFile read = YAML.readValue(file.toFile(), UsersFile.class);
            for (Entry e : read.users == null ? List.<Entry>of() : read.users) {
                User user = new User(e.login, e.name, e.email, Role.parse(e.role), e.password);
                users.put(user.login(), user);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new KodeksException(e, BUNDLE, "users.malformed", file.toString(), String.valueOf(e.getMessage()));
        }
        return new Users(file, users);
    }

    public Optional<User> find(String login) {
        return Optional.ofNullable(byLogin.get(login));
    }

    public List<User> all() {
        return List.copyOf(byLogin.values());
    }

    public boolean isEmpty() {
        return byLogin.isEmpty();
    }

    /** The user whose password this is, or empty; takes the same time for unknown logins. */
    public Optional<User> authenticate(String login, char[] password) {
        User user = byLogin.get(login);
        String hash = user != null ? user.passwordHash() : DUMMY_HASH;
        boolean ok = PasswordHasher.matches(password, hash);
        return ok && user != null ? Optional.of(user) : Optional.empty();
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("not a password".toCharArray());

    /** Adds or replaces a user and writes the file atomically. */
    public Users put(String login, String fullName, String email, Role role, char[] password) throws KodeksException {
        if (password.length < 8) {
            throw new KodeksException(BUNDLE, "users.shortPassword", login);
        }
        User user;
        try {
            user = new User(login, fullName, email, role, PasswordHasher.hash(password));
        } catch (IllegalArgumentException e) {
            throw new KodeksException(BUNDLE, "users.badLogin", String.valueOf(login));
        }
        Map<String, User> next = new LinkedHashMap<>(byLogin);
        next.put(login, user);
        write(next);
        return new Users(file, next);
    }

    private void write(Map<String, User> users) throws KodeksException {
        UsersFile out = new UsersFile();
        out.users = new ArrayList<>();
        for (User u : users.values()) {
            Entry e = new Entry();
            e.login = u.login();
            e.name = u.fullName();
            e.email = u.email();
            e.role = u.role().code();
            e.password = u.passwordHash();
            out.users.add(e);
        }
        try {
            AtomicFiles.writeString(
                    file,
                    "# Users of the Kodeks web workbench. Passwords are stored as salted hashes only.\n"
                            + YAML.writeValueAsString(out));
        } catch (IOException e) {
            throw new KodeksException(e, BUNDLE, "users.write", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The shape of the file, for Jackson. */
    static final class UsersFile {
        public List<Entry> users;
    }

    /** One user in the file, for Jackson. */
    static final class Entry {
        public String login;
        public String name;
        public String email;
        public String role;
        public String password;
    }
}
