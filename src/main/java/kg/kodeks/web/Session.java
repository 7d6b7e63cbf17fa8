package kg.kodeks.web;

import kg.kodeks.users.User;

/**
 * One browser's session: a random id (the cookie), its CSRF token, and the user once logged in.
 * A login always starts a new session, so an id planted before login is worth nothing.
 */
record Session(String id, String csrfToken, User user, long lastSeenMillis) {
    Session touched(long now) {
        return new Session(id, csrfToken, user, now);
    }
}
