package kg.kodeks.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kg.kodeks.users.User;

/** Sessions kept in memory: a restart logs everyone out, which is acceptable for this tool. */
final class Sessions {
    static final long IDLE_MILLIS = 8 * 60 * 60 * 1000L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    Optional<Session> find(String id, long now) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null || now - session.lastSeenMillis() > IDLE_MILLIS) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = session.touched(now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    Session create(User user, long now) {
        Session session = new Session(token(), token(), user, now);
        byId.put(session.id(), session);
        return session;
    }

    void remove(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
