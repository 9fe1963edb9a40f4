/*
 * The wizard "Je donne mon avis" changes step without reloading the page (PrimeFaces Ajax). Afterwards, the focus
 * goes where a keyboard or screen-reader user expects it: on the first field in error; else, when the step changed,
 * on the title of the new step (or on the confirmation once sent); else back on the button that was used (a search).
 */
(function () {
    'use strict';
    var before = null;

    function currentStep() {
        var field = document.querySelector('#assistant input[name="etape"]');
        return field ? field.value : (document.getElementById('experience-envoyee') ? 'envoyee' : null);
    }

    function focusAfterUpdate() {
        var zone = document.getElementById('assistant-zone');
        if (!zone || !before) {
            return;
        }
        var error = zone.querySelector('.fr-input-group--error input, .fr-input-group--error textarea, '
            + '.fr-select-group--error select, .fr-fieldset--error input, .fr-checkbox-group--error input');
        var target = error;
        if (!target && currentStep() !== before.step) {
            target = document.getElementById('etape-titre') || document.getElementById('experience-envoyee');
        }
        if (!target && before.active) {
            target = document.getElementById(before.active);
        }
        if (target) {
            target.focus();
            if (target.scrollIntoView) {
                target.scrollIntoView({block: 'center'});
            }
        }
        before = null;
    }

    function watch() {
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
            var data = settings && typeof settings.data === 'string' ? settings.data : '';
            if (data.indexOf('assistant-zone') < 0) {
                return; // a save while typing, or the services of the networks ticked: the focus stays put
            }
            var active = document.activeElement;
            before = {step: currentStep(), active: active && active.id ? active.id : null};
        });
        window.jQuery(document).on('pfAjaxComplete', focusAfterUpdate);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', watch);
    } else {
        watch();
    }
}());
