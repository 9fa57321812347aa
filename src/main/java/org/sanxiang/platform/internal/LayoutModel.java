package org.sanxiang.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the signed-in user and the menus the modules contribute. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<MenuItem> menu;

    LayoutModel(List<MenuItem> menu) {
        this.menu = menu.stream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("portalMenu")
    List<MenuItem> portalMenu() {
        return items(MenuItem.Face.PORTAL, CurrentUser.get().map(CurrentUser::roles).orElse(Set.of()));
    }

    @ModelAttribute("workbenchMenu")
    List<MenuItem> workbenchMenu() {
        return CurrentUser.get().map(u -> items(MenuItem.Face.WORKBENCH, u.roles())).orElse(List.of());
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private List<MenuItem> items(MenuItem.Face face, Set<Role> roles) {
        return menu.stream().filter(m -> m.face() == face && m.visibleTo(roles)).toList();
    }
}
