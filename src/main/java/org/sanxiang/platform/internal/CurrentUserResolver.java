package org.sanxiang.platform.internal;

import java.net.URI;

import org.sanxiang.platform.CurrentUser;
import org.sanxiang.platform.SanxiangException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link CurrentUser} parameter the signed-in user: the one way a controller learns
 * who asks. Nobody signed in (a public endpoint that asks for one by mistake) is a 401, never a 500.
 */
class CurrentUserResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mav,
            NativeWebRequest request, WebDataBinderFactory binders) {
        return CurrentUser.get().orElseThrow(NotSignedIn::new);
    }

    static final class NotSignedIn extends SanxiangException {

        NotSignedIn() {
            super(401, URI.create("about:blank"), "需要登录", "Authentication required");
        }
    }
}
