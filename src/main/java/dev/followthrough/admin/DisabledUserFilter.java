package dev.followthrough.admin;

import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes "disable a user" take effect at once: the enabled flag is only read at sign-in, so without this a
 * disabled user would keep working in a session opened before. Runs after Spring Security has put the signed-in
 * user in the context; costs one lookup by primary key per request of a signed-in user.
 */
@Component
class DisabledUserFilter extends OncePerRequestFilter {

    private final UserAccounts users;

    DisabledUserFilter(UserAccounts users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof CurrentUser u
                && !users.byId(u.id()).map(CurrentUser::enabled).orElse(false)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
