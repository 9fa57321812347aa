package org.sanxiang.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is, and that it takes HTTP Basic (so Swagger UI can authorise). */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI sanxiangOpenApi() {
        return new OpenAPI()
                .info(new Info().title("三项 Sanxiang API").version("v1")
                        .description("行政执法公示、执法全过程记录、重大执法决定法制审核。/api/v1/public/** 无需登录；其余接口用 "
                                + "HTTP Basic。错误为 RFC 9457 problem details，带中英文 messages。 — Public endpoints need no "
                                + "login; the rest take HTTP Basic. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
