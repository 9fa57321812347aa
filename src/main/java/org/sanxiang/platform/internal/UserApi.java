package org.sanxiang.platform.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.sanxiang.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User accounts over the API, for administrators. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class UserApi {

    private final UserAdministration users;

    UserApi(UserAdministration users) {
        this.users = users;
    }

    @GetMapping("/api/v1/users")
    List<UserAdministration.UserRow> list() {
        return users.rows(CurrentUser.get().orElseThrow());
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@Valid @RequestBody UserAdministration.NewUser form) {
        return Map.of("id", users.create(CurrentUser.get().orElseThrow(), form));
    }
}
