package dev.followthrough.admin;

import dev.followthrough.rep.RepDirectory;
import dev.followthrough.rep.RepInfo;
import dev.followthrough.security.CurrentUser;
import dev.followthrough.security.UserAccounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins manage the rep roster, each rep's sample emails, and the reps' sign-ins. */
@Controller
class RepAdminController {

    static final int MAX_SAMPLE_CHARS = 50_000;
    static final int MIN_PASSWORD = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private final RepDirectory reps;
    private final UserAccounts users;
    private final RepStyle style;
    private final AdminAudit audit;

    RepAdminController(RepDirectory reps, UserAccounts users, RepStyle style, AdminAudit audit) {
        this.reps = reps;
        this.users = users;
        this.style = style;
        this.audit = audit;
    }

    @GetMapping("/admin/reps")
    String list(Model model) {
        List<RepInfo> all = reps.all();
        Map<Long, Long> sampleCounts = new HashMap<>();
        all.forEach(r -> sampleCounts.put(r.id(), reps.sampleCount(r.id())));
        List<CurrentUser> accounts = users.list();
        Map<Long, String> repNames = new HashMap<>();
        all.forEach(r -> repNames.put(r.id(), r.name()));
        model.addAttribute("reps", all);
        model.addAttribute("sampleCounts", sampleCounts);
        model.addAttribute("users", accounts);
        model.addAttribute("repNames", repNames);
        return "admin/reps";
    }

    @PostMapping("/admin/reps")
    String add(@RequestParam String name, @RequestParam String email, @RequestParam(defaultValue = "") String aliases,
               Principal who, RedirectAttributes flash) {
        String problem = checkRep(name, email);
        if (problem == null && reps.byEmail(email).isPresent()) {
            problem = "A rep with the email " + email.strip() + " is already on the roster.";
        }
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return "redirect:/admin/reps";
        }
        RepInfo rep = reps.upsert(name, email, aliasList(aliases));
        audit.record(who.getName(), "REP_SAVE", null, "added rep " + rep.id() + " " + rep.email());
        flash.addFlashAttribute("message", rep.name() + " is on the roster. Add sample emails to learn their style.");
        return "redirect:/admin/reps/" + rep.id();
    }

    @GetMapping("/admin/reps/{id}")
    String rep(@PathVariable long id, Model model) {
        RepInfo rep = rep(id);
        model.addAttribute("rep", rep);
        model.addAttribute("samples", reps.sampleEmails(id));
        model.addAttribute("style", style.of(rep));
        model.addAttribute("logins", users.list().stream().filter(u -> Long.valueOf(id).equals(u.repId())).toList());
        return "admin/rep";
    }

    @PostMapping("/admin/reps/{id}")
    String update(@PathVariable long id, @RequestParam String name, @RequestParam String email,
                  @RequestParam(defaultValue = "") String aliases, Principal who, RedirectAttributes flash) {
        rep(id);
        String problem = checkRep(name, email);
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return "redirect:/admin/reps/" + id;
        }
        try {
            RepInfo rep = reps.update(id, name, email, aliasList(aliases));
            audit.record(who.getName(), "REP_SAVE", null, "updated rep " + id + " " + rep.email());
            flash.addFlashAttribute("message", "Saved " + rep.name() + ".");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/reps/" + id;
    }

    @PostMapping("/admin/reps/{id}/samples")
    String addSample(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String content,
                     @RequestParam(required = false) MultipartFile file, Principal who, RedirectAttributes flash)
            throws IOException {
        rep(id);
        String text = content;
        String sampleName = name.strip();
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_SAMPLE_CHARS * 4L) {
                flash.addFlashAttribute("error", "That file is too large for one email.");
                return "redirect:/admin/reps/" + id;
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
            if (sampleName.isEmpty() && file.getOriginalFilename() != null) {
                sampleName = file.getOriginalFilename().replaceAll("[\\\\/]", "_");
            }
        }
        text = text.replace("\r\n", "\n").strip();
        if (text.isEmpty() || text.length() > MAX_SAMPLE_CHARS) {
            flash.addFlashAttribute("error", text.isEmpty() ? "Paste an email or choose a file."
                    : "An email of more than " + MAX_SAMPLE_CHARS + " characters is not a sample email.");
            return "redirect:/admin/reps/" + id;
        }
        if (sampleName.isEmpty()) {
            sampleName = "email-" + Integer.toHexString(text.hashCode()) + ".txt";
        }
        sampleName = sampleName.length() > 255 ? sampleName.substring(0, 255) : sampleName;
        if (reps.addSample(id, sampleName, text)) {
            audit.record(who.getName(), "SAMPLE_ADD", null, "rep " + id + ": " + sampleName);
            flash.addFlashAttribute("message", "Added " + sampleName + "; the profile below is learned again.");
        } else {
            flash.addFlashAttribute("error", "The rep already has a sample called " + sampleName + ".");
        }
        return "redirect:/admin/reps/" + id;
    }

    @PostMapping("/admin/reps/{id}/samples/{sampleId}/delete")
    String removeSample(@PathVariable long id, @PathVariable long sampleId, Principal who, RedirectAttributes flash) {
        rep(id);
        if (reps.removeSample(id, sampleId)) {
            audit.record(who.getName(), "SAMPLE_REMOVE", null, "rep " + id + ": sample " + sampleId);
            flash.addFlashAttribute("message", "Removed the sample.");
        } else {
            flash.addFlashAttribute("error", "No such sample.");
        }
        return "redirect:/admin/reps/" + id;
    }

    /** Creates the rep's sign-in, or sets a new password for it; never touches an admin account. */
    @PostMapping("/admin/reps/{id}/login")
    String setLogin(@PathVariable long id, @RequestParam String username, @RequestParam String password,
                    Principal who, RedirectAttributes flash) {
        RepInfo rep = rep(id);
        String user = username.strip();
        String problem = !USERNAME.matcher(user).matches()
                ? "A user name is 3 to 100 letters, digits or . _ @ -"
                : password.length() < MIN_PASSWORD ? "The password needs at least " + MIN_PASSWORD + " characters." : null;
        Optional<CurrentUser> existing = users.find(user);
        if (problem == null && existing.isPresent() && existing.get().isAdmin()) {
            problem = user + " is an admin account; choose another user name.";
        }
        if (problem == null && existing.isPresent() && existing.get().repId() != null && existing.get().repId() != id) {
            problem = user + " already signs in for another rep.";
        }
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return "redirect:/admin/reps/" + id;
        }
        CurrentUser saved = users.save(user, password, CurrentUser.REP, id);
        audit.record(who.getName(), "USER_LOGIN_SET", null,
                (existing.isPresent() ? "reset password of " : "created ") + user + " for rep " + id);
        flash.addFlashAttribute("message", existing.isPresent()
                ? "New password set for " + user + "." + (saved.enabled() ? "" : " The user is still disabled.")
                : rep.name() + " can now sign in as " + user + ".");
        return "redirect:/admin/reps/" + id;
    }

    @PostMapping("/admin/users/{userId}/disable")
    String disable(@PathVariable long userId, Principal who, RedirectAttributes flash) {
        CurrentUser u = users.byId(userId).orElseThrow(() -> notFound("No such user"));
        if (u.username().equals(who.getName())) {
            flash.addFlashAttribute("error", "You cannot disable your own account.");
        } else {
            users.setEnabled(userId, false);
            audit.record(who.getName(), "USER_DISABLE", null, u.username());
            flash.addFlashAttribute("message", u.username() + " can no longer sign in.");
        }
        return "redirect:/admin/reps";
    }

    @PostMapping("/admin/users/{userId}/enable")
    String enable(@PathVariable long userId, Principal who, RedirectAttributes flash) {
        CurrentUser u = users.byId(userId).orElseThrow(() -> notFound("No such user"));
        users.setEnabled(userId, true);
        audit.record(who.getName(), "USER_ENABLE", null, u.username());
        flash.addFlashAttribute("message", u.username() + " can sign in again.");
        return "redirect:/admin/reps";
    }

    static List<String> aliasList(String aliases) {
        return Arrays.stream(aliases.split(",")).map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }

    private static String checkRep(String name, String email) {
        if (name.isBlank() || name.strip().length() > 200) {
            return "A rep needs a name (at most 200 characters).";
        }
        if (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 320) {
            return "That is not an email address: " + email.strip();
        }
        return null;
    }

    private RepInfo rep(long id) {
        return reps.byId(id).orElseThrow(() -> notFound("No such rep"));
    }

    private static ResponseStatusException notFound(String why) {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, why);
    }
}
