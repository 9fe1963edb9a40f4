/*
 * The wizard "Je donne mon avis". Its three steps are all in the page, one shown. Without this script, each
 * button sends the page. With it, the buttons change step within the page: every field is sent as JSON to the
 * form's data-etapes address, which saves the draft, checks the step and answers with the step to show, the
 * problems to show beside their fields, the procedures of step 2 and the review of step 3. What is typed is saved
 * the same way as it changes. If that address cannot be reached, the button sends the page as without script.
 *
 * Afterwards the focus goes where a keyboard or screen-reader user expects it: on the first field in error;
 * else, when the step changed, on the title of the new step (or on the confirmation once sent); else back on the
 * button that was used (a search among services or procedures, which still updates the page in the background).
 * Each update done counts in window.spplusUpdates (browser tests wait on it).
 */
(function () {
    'use strict';
    var HIDDEN = 'fr-hidden';
    var GROUPS = ['fr-input-group', 'fr-select-group', 'fr-fieldset', 'fr-checkbox-group'];
    var STEP_BUTTONS = {'assistant:suivant': 'suivant', 'assistant:precedent': 'retour', 'assistant:envoyer': 'envoyer',
        'assistant:modifier-recit': 'retour', 'assistant:modifier-contexte': 'retour', 'assistant:defaut': 'suivant'};
    var before = null;
    var queue = Promise.resolve();
    var saveTimer = null;
    var bypass = false;

    function byId(id) {
        return document.getElementById(id);
    }

    function form() {
        return byId('assistant');
    }

    function counted() {
        window.spplusUpdates = (window.spplusUpdates || 0) + 1;
    }

    function currentStep() {
        var field = document.querySelector('#assistant input[name="etape"]');
        return field ? field.value : (byId('experience-envoyee') && !byId('envoi').classList.contains(HIDDEN) ? 'envoyee' : null);
    }

    function value(id) {
        var field = byId(id);
        return field ? field.value : '';
    }

    function checked(name) {
        return Array.prototype.map.call(document.querySelectorAll('#assistant input[name="' + name + '"]:checked'),
            function (box) { return box.value; });
    }

    /** Every field of the three steps, as the page shows them. */
    function fields(action, step, to) {
        var channels = [];
        Array.prototype.forEach.call(document.querySelectorAll('#assistant [data-canal]'), function (row) {
            var box = row.querySelector('input[type="checkbox"]');
            var feeling = row.querySelector('select');
            if (box && box.checked) {
                channels.push({code: row.getAttribute('data-canal'), feeling: feeling ? feeling.value : ''});
            }
        });
        var feeling = checked('assistant:ressenti');
        var charter = byId('assistant:charte');
        return {
            action: action, step: step, to: to || step, language: document.documentElement.lang || 'fr',
            title: value('assistant:titre'), body: value('assistant:recit'), authorKind: value('assistant:vousEtes'),
            feeling: feeling.length ? feeling[0] : '', networks: checked('assistant:reseaux'),
            procedures: checked('assistant:demarches'), channels: channels, departement: value('assistant:departement'),
            email: value('assistant:email'), postalCode: value('assistant:codePostal'), charter: !!(charter && charter.checked)
        };
    }

    /** Sends the fields; the answer comes back in order with the other requests of the page. */
    function send(action, to) {
        var page = form();
        var step = parseInt(currentStep(), 10) || 1;
        var body = JSON.stringify(fields(action, step, to));
        var sent = queue.then(function () {
            return fetch(page.getAttribute('data-etapes'), {
                method: 'POST', credentials: 'same-origin', body: body,
                headers: {'Content-Type': 'application/json', 'Accept': 'application/json'}
            }).then(function (response) {
                return response.json().catch(function () { return null; }).then(function (answer) {
                    return {status: response.status, answer: answer};
                });
            });
        });
        queue = sent.catch(function () { return null; });
        return sent;
    }

    function clearProblems() {
        var page = form();
        Array.prototype.forEach.call(page.querySelectorAll('.fr-error-text'), function (text) {
            text.classList.add(HIDDEN);
            text.textContent = '';
        });
        GROUPS.forEach(function (group) {
            Array.prototype.forEach.call(page.querySelectorAll('.' + group + '--error'), function (element) {
                element.classList.remove(group + '--error');
            });
        });
        byId('assistant-alerte').classList.add(HIDDEN);
    }

    function alertText(message) {
        byId('assistant-alerte-texte').textContent = message;
        byId('assistant-alerte').classList.remove(HIDDEN);
    }

    /** Shows each problem beside its field; returns the first field in error, or the alert. */
    function showProblems(problems) {
        var first = null;
        Object.keys(problems).forEach(function (field) {
            var text = field ? byId(field + '-erreur') : null;
            if (!text) {
                alertText(problems[field]);
                first = first || byId('assistant-alerte');
                return;
            }
            text.textContent = problems[field];
            text.classList.remove(HIDDEN);
            for (var element = text.parentElement; element && element !== form(); element = element.parentElement) {
                var group = GROUPS.filter(function (g) { return element.classList.contains(g); })[0];
                if (group) {
                    element.classList.add(group + '--error');
                    break;
                }
            }
            if (!first || first.id === 'assistant-alerte') {
                var section = text.closest('.spplus-step');
                first = (section && section.querySelector('.fr-input-group--error input, .fr-input-group--error textarea, '
                    + '.fr-select-group--error select, .fr-fieldset--error input, .fr-checkbox-group--error input')) || text;
            }
        });
        return first;
    }

    function showStep(step) {
        var steps = byId('etapes');
        [1, 2, 3].forEach(function (n) {
            byId('etape-' + n).classList.toggle(HIDDEN, n !== step);
        });
        document.querySelector('#assistant input[name="etape"]').value = String(step);
        byId('etape-nom').textContent = steps.getAttribute('data-etape-' + step);
        byId('etape-numero').textContent = steps.getAttribute('data-etape-de').replace('{0}', step);
        byId('etape-barre').setAttribute('data-fr-current-step', String(step));
        byId('etape-suivante').classList.toggle(HIDDEN, step === 3);
        if (step < 3) {
            byId('etape-suivante-nom').textContent = steps.getAttribute('data-etape-' + (step + 1));
        }
        byId('suivant-bouton').classList.toggle(HIDDEN, step === 3);
        byId('envoyer-bouton').classList.toggle(HIDDEN, step !== 3);
        byId('precedent-bouton').classList.toggle(HIDDEN, step === 1);
    }

    /** The procedures of step 2, drawn as the page draws them. */
    function showProcedures(procedures) {
        var place = byId('demarches-choix');
        var old = byId('assistant:demarches');
        if (old) {
            old.parentNode.removeChild(old);
        }
        byId('aucune-demarche').classList.toggle(HIDDEN, procedures.length > 0);
        if (!procedures.length) {
            return;
        }
        var table = document.createElement('table');
        table.id = 'assistant:demarches';
        table.className = 'spplus-checkboxes fr-checkbox-group';
        var rows = document.createElement('tbody');
        procedures.forEach(function (procedure, i) {
            var row = document.createElement('tr');
            var cell = document.createElement('td');
            var box = document.createElement('input');
            box.type = 'checkbox';
            box.name = 'assistant:demarches';
            box.id = 'assistant:demarches:' + i;
            box.value = procedure.code;
            box.checked = procedure.chosen;
            var label = document.createElement('label');
            label.htmlFor = box.id;
            label.textContent = ' ' + procedure.label;
            cell.appendChild(box);
            cell.appendChild(label);
            row.appendChild(cell);
            rows.appendChild(row);
        });
        table.appendChild(rows);
        place.appendChild(table);
    }

    function showReview(review) {
        byId('relecture-titre').textContent = review.title;
        byId('relecture-recit').textContent = review.body;
        byId('relecture-auteur').textContent = review.authorKind;
        byId('relecture-ressenti').textContent = review.feeling;
        byId('relecture-reseaux').textContent = review.networks.join(' ; ');
        byId('relecture-demarches').textContent = review.procedures.join(' ; ');
        byId('relecture-demarches-ligne').classList.toggle(HIDDEN, review.procedures.length === 0);
        byId('relecture-lieu').textContent = review.place;
        byId('relecture-lieu-ligne').classList.toggle(HIDDEN, !review.place);
    }

    function showSent() {
        [form(), byId('etapes'), byId('reseau-preselectionne')].forEach(function (element) {
            if (element) {
                element.classList.add(HIDDEN);
            }
        });
        byId('envoi').classList.remove(HIDDEN);
        return byId('experience-envoyee');
    }

    function focus(target) {
        if (target) {
            target.focus();
            if (target.scrollIntoView) {
                target.scrollIntoView({block: 'center'});
            }
        }
    }

    /** A step button: the step changes within the page, or the page is sent when the address cannot answer. */
    function stepButton(button) {
        var from = parseInt(currentStep(), 10) || 1;
        var action = button.id === 'assistant:defaut' ? (from < 3 ? 'suivant' : 'envoyer') : STEP_BUTTONS[button.id];
        var to = button.getAttribute('data-vers') ? parseInt(button.getAttribute('data-vers'), 10) : from - 1;
        clearTimeout(saveTimer);
        form().setAttribute('aria-busy', 'true');
        send(action, to).then(function (result) {
            form().removeAttribute('aria-busy');
            var answer = result.answer;
            if (result.status >= 500 || !answer) {
                throw new Error('HTTP ' + result.status);
            }
            clearProblems();
            if (result.status !== 200) {
                focus(showProblems({'': answer.message}));
                counted();
                return;
            }
            if (answer.sent) {
                focus(showSent());
                counted();
                return;
            }
            var firstProblem = showProblems(answer.problems || {});
            var section = firstProblem && firstProblem.closest ? firstProblem.closest('.spplus-step') : null;
            var step = section ? parseInt(section.id.replace('etape-', ''), 10) : answer.step;
            if (answer.step === 2) {
                showProcedures(answer.procedures);
            }
            if (answer.review) {
                showReview(answer.review);
            }
            showStep(step);
            focus(firstProblem || (step !== from ? byId('etape-titre') : button));
            counted();
        }).catch(function () {
            form().removeAttribute('aria-busy');
            bypass = true; // as without script: the page is sent, the server shows the step
            button.click();
        });
    }

    function watchButtons() {
        document.addEventListener('click', function (event) {
            var button = event.target && event.target.closest ? event.target.closest('#assistant input[type="submit"]') : null;
            if (!button || !STEP_BUTTONS[button.id] || !window.fetch || !form().getAttribute('data-etapes')) {
                return;
            }
            if (bypass) {
                bypass = false;
                return;
            }
            event.preventDefault();
            event.stopImmediatePropagation();
            stepButton(button);
        }, true);
        document.addEventListener('change', function (event) {
            var field = event.target;
            if (!field || !field.closest || !field.closest('#assistant') || !window.fetch
                || field.name === 'assistant:reseaux' || /recherche-/.test(field.id || '')) {
                return; // a network ticked is saved with its services (the page asks for them); searches are not kept
            }
            clearTimeout(saveTimer);
            saveTimer = setTimeout(function () {
                send('enregistrer').catch(function () { /* kept in the page; saved by the next step */ });
            }, 400);
        });
    }

    function focusAfterUpdate() {
        var zone = byId('assistant-zone');
        counted();
        if (!zone || !before) {
            return;
        }
        var error = zone.querySelector('.fr-input-group--error input, .fr-input-group--error textarea, '
            + '.fr-select-group--error select, .fr-fieldset--error input, .fr-checkbox-group--error input');
        var target = error;
        if (!target && currentStep() !== before.step) {
            target = byId('etape-titre') || byId('experience-envoyee');
        }
        if (!target && before.active) {
            target = byId(before.active);
        }
        focus(target);
        before = null;
    }

    function watchUpdates() {
        if (!window.jQuery) {
            return;
        }
        window.jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
            var data = settings && typeof settings.data === 'string' ? settings.data : '';
            if (data.indexOf('assistant-zone') < 0) {
                return; // the services of the networks ticked: the focus stays put
            }
            var active = document.activeElement;
            before = {step: currentStep(), active: active && active.id ? active.id : null};
        });
        window.jQuery(document).on('pfAjaxComplete', focusAfterUpdate);
    }

    function start() {
        watchButtons();
        watchUpdates();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
