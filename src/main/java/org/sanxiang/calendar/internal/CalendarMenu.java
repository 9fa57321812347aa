package org.sanxiang.calendar.internal;

import java.util.Set;

import org.sanxiang.platform.MenuItem;
import org.sanxiang.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarMenu {

    @Bean
    MenuItem calendarPortalMenu() {
        return new MenuItem(MenuItem.Face.PORTAL, "calendar.menu.portal", "/portal/calendar", 80, Set.of());
    }

    @Bean
    MenuItem calendarWorkbenchMenu() {
        return new MenuItem(MenuItem.Face.WORKBENCH, "calendar.menu.workbench", "/workbench/calendar", 900, Set.of(Role.ADMIN));
    }
}
