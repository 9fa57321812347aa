package org.sanxiang.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.Role;

import java.util.Set;

@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/login")
    String login() {
        return "platform/login";
    }

    @GetMapping("/workbench")
    String workbench() {
        return "platform/workbench";
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
