package dev.followthrough.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their hashed passwords, in the database. */
@Service
public class UserAccounts implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    private final LoginThrottle throttle;

    UserAccounts(AppUserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsername(username).map(u -> toUser(u, throttle.isLocked(username)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> find(String username) {
        return users.findByUsername(username).map(u -> toUser(u, false));
    }

    /** Creates the user, or sets the password and role of the existing one. */
    @Transactional
    public CurrentUser save(String username, String rawPassword, String role, Long repId) {
        AppUser u = users.findByUsername(username).orElseGet(() -> new AppUser(username, "", role, repId));
        u.passwordHash = encoder.encode(rawPassword);
        u.role = role;
        u.repId = repId;
        return toUser(users.save(u), false);
    }

    /** Every user, by name, for the admin page. */
    @Transactional(readOnly = true)
    public List<CurrentUser> list() {
        return users.findAll(Sort.by("username")).stream().map(u -> toUser(u, throttle.isLocked(u.username))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> byId(long id) {
        return users.findById(id).map(u -> toUser(u, false));
    }

    /** A disabled user can no longer sign in; false when there is no such user. */
    @Transactional
    public boolean setEnabled(long id, boolean enabled) {
        return users.findById(id).map(u -> {
            u.enabled = enabled;
            return true;
        }).orElse(false);
    }

    public static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static CurrentUser toUser(AppUser u, boolean locked) {
        return new CurrentUser(u.id, u.username, u.passwordHash, u.role, u.repId, u.enabled, locked);
    }
}
