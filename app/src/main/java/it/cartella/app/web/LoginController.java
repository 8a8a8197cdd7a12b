package it.cartella.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * The sign-in page; Spring Security's form login checks what it posts to {@code /login}, and sends the browser back
 * here with {@code ?error} after a failure and {@code ?logout} after signing out.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(ServerWebExchange exchange, Model model) {
        // The flags come without a value, which WebFlux reads as an absent parameter: look at the keys.
        MultiValueMap<String, String> query = exchange.getRequest().getQueryParams();
        model.addAttribute("failed", query.containsKey("error"));
        model.addAttribute("signedOut", query.containsKey("logout"));
        return "login";
    }
}
