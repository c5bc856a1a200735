package kith.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** No form errors on every page's model as {@code errors}, until a handler puts a refused form's there. */
@ControllerAdvice(annotations = Controller.class)
class FormErrorsOnEveryPage {

    @ModelAttribute("errors")
    FormErrors errors() {
        return FormErrors.none();
    }
}
