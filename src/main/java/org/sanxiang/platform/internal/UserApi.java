package org.sanxiang.platform.internal;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.PageResult;
import org.sanxiang.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** User accounts over the API, for administrators. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class UserApi {

    private final UserAdministration users;
    private final UserExport export;

    UserApi(UserAdministration users, UserExport export) {
        this.users = users;
        this.export = export;
    }

    @GetMapping("/api/v1/users/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "csv") String format) {
        return export.export(user, q, role, format);
    }

    @GetMapping("/api/v1/users")
    PageResult<UserAdministration.UserRow> list(CurrentUser admin, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return users.rows(admin, q, role, page, size);
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(CurrentUser user, @Valid @RequestBody UserAdministration.NewUser form) {
        return Map.of("id", users.create(user, form));
    }

    @GetMapping("/api/v1/users/{id}")
    UserAdministration.UserRow get(CurrentUser admin, @PathVariable long id) {
        return users.row(admin, id);
    }

    @PutMapping("/api/v1/users/{id}")
    UserAdministration.UserRow update(CurrentUser admin, @PathVariable long id,
            @Valid @RequestBody UserAdministration.AccountChange change) {
        users.update(admin, id, change);
        return users.row(admin, id);
    }

    @PutMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(CurrentUser user, @PathVariable long id, @Valid @RequestBody NewPassword body) {
        users.resetPassword(user, id, body.password());
    }

    @PostMapping("/api/v1/users/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(CurrentUser user, @PathVariable long id) {
        users.unlock(user, id);
    }

    record NewPassword(@NotBlank String password) {
    }
}
