package org.sanxiang.platform.internal;

import org.sanxiang.platform.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Unknown API paths answer with problem details like every other API error, not with the HTML error page. */
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("接口不存在", "No such API endpoint");
    }
}
