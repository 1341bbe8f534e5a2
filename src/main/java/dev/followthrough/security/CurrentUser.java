package dev.followthrough.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: an admin sees every call, a rep only the calls of their own rep id. */
public record CurrentUser(long id, String username, String passwordHash, String role, Long repId, boolean enabled,
                          boolean locked)
        implements UserDetails {

    public static final String ADMIN = "ADMIN";
    public static final String REP = "REP";

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }

    /** True when this user may see a call that belongs to the given rep. */
    public boolean maySee(Long callRepId) {
        return isAdmin() || (repId != null && repId.equals(callRepId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
