package org.sanxiang.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.PublicPageCache;
import org.sanxiang.platform.Role;
import org.sanxiang.platform.WorkbenchPanel;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's and the workbench's first pages, and the login page. */
@Controller
class HomeController {

    private final List<WorkbenchPanel> panels;

    HomeController(List<WorkbenchPanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(WorkbenchPanel::order)).toList();
    }

    /** A panel with its data for the current user, as the workbench page renders it. */
    record Shown(String template, String fragment, Object model) {
    }

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCheck.ENDED) != null) {
            session.removeAttribute(SessionCheck.ENDED);
            model.addAttribute("sessionEnded", true);
        }
        return "platform/login";
    }

    @GetMapping("/workbench")
    String workbench(CurrentUser user, Model model) {
        model.addAttribute("panels", panels.stream()
                .flatMap(p -> p.model(user).map(m -> new Shown(p.template(), p.fragment(), m)).stream())
                .toList());
        return "platform/workbench";
    }

    /** The first page is the same for every anonymous visitor in her language. */
    @Bean
    static PublicPageCache.Paths homePage() {
        return new PublicPageCache.Paths("/");
    }

    @Bean
    static MenuItem homeMenu() {
        return new MenuItem(MenuItem.Face.PORTAL, "platform.menu.home", "/", 0, Set.of());
    }

    @Bean
    static MenuItem workbenchHomeMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "platform.menu.workbench", "/workbench", 0, Set.of());
    }

    @Bean
    static MenuItem usersMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "platform.menu.users", "/workbench/users", 900,
                Set.of(Role.ADMIN));
    }
}
