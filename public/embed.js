/*! Leg Cramp Check embed loader. MIT licence. No dependencies, no cookies, no storage.
 * <script src="https://CHECK-HOST/embed.js" async></script>
 * <leg-cramp-check clinic-name="…" clinic-phone="…" emergency-number="911" theme-color="#005eb8" theme="auto" lang="en"></leg-cramp-check>
 * Events on the element: legcrampcheck:start, legcrampcheck:step {step}, legcrampcheck:result {triage},
 * and {triage, causes} only with events="detailed". Never answers. */
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  var P = 'legcrampcheck:';
  // attribute: [setting name, check]. The frame checks them all again.
  var CHECKS = {
    'clinic-name': ['clinicName', function (v) { return v.length > 0 && v.length <= 80 && !/[\u0000-\u001f<>]/.test(v); }],
    'clinic-phone': ['clinicPhone', function (v) { return /^\+?[0-9][0-9 ()-]{2,19}$/.test(v); }],
    'emergency-number': ['emergencyNumber', function (v) { return /^[0-9]{2,6}$/.test(v); }],
    'theme-color': ['themeColor', function (v) { return /^#(?:[0-9a-fA-F]{3}){1,2}$/.test(v); }],
    theme: ['theme', function (v) { return /^(auto|light|dark)$/.test(v); }],
    lang: ['lang', function (v) { return /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(v); }],
    start: ['start', function (v) { return v === 'skip'; }],
    events: ['events', function (v) { return v === 'detailed'; }]
  };

  function token(settings) {
    var json = JSON.stringify(settings);
    if (json === '{}') return 'default';
    var bytes = new TextEncoder().encode(json), text = '';
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  class LegCrampCheck extends HTMLElement {
    static get observedAttributes() { return Object.keys(CHECKS); }

    connectedCallback() {
      this.onMessage = (event) => this.receive(event);
      addEventListener('message', this.onMessage);
      this.render();
    }

    disconnectedCallback() { removeEventListener('message', this.onMessage); }

    attributeChangedCallback() { if (this.frame) this.render(); }

    render() {
      var settings = {};
      for (var attr in CHECKS) {
        var value = this.getAttribute(attr);
        if (value === null) continue;
        value = value.trim();
        if (CHECKS[attr][1](value)) settings[CHECKS[attr][0]] = value;
        else console.warn('Leg Cramp Check: ignored the ' + attr + ' attribute (not a valid value).');
      }
      if (!this.frame) {
        this.style.display = 'block';
        this.frame = document.createElement('iframe');
        this.frame.title = 'Leg cramp check';
        this.frame.style.cssText = 'display:block;width:100%;height:640px;border:0;overflow:hidden';
        this.appendChild(this.frame);
      }
      // Causes only on request (events="detailed").
      this.detailed = settings.events === 'detailed';
      this.frame.src = origin + '/embed/' + token(settings);
    }

    receive(event) {
      var data = event.data;
      // Only the frame this element made, from the check's own origin.
      if (event.origin !== origin || !this.frame || event.source !== this.frame.contentWindow || !data || typeof data.type !== 'string') return;
      if (data.type === P + 'resize') {
        var height = Number(data.height);
        if (height > 0 && height < 50000) this.frame.style.height = Math.ceil(height) + 'px';
        return;
      }
      if (data.type === P + 'page') {
        // A new page in the frame: bring its top into view, as a page load would. Only once the
        // person is using the frame (it has focus), so the clinic's page never moves as it loads,
        // and only when the top is off screen or low on it.
        var top = this.frame.getBoundingClientRect().top;
        if (document.activeElement === this.frame && (top < 0 || top > innerHeight / 3)) this.frame.scrollIntoView();
        return;
      }
      var detail;
      if (data.type === P + 'start') detail = {};
      else if (data.type === P + 'step' && Number.isInteger(data.step) && data.step > 0) detail = { step: data.step };
      else if (data.type === P + 'result' && /^(emergency|urgent|see_doctor|self_care)$/.test(data.triage)) {
        detail = { triage: data.triage };
        if (this.detailed && Array.isArray(data.causes)) detail.causes = data.causes.filter(function (c) { return typeof c === 'string' && /^[a-z0-9_]{1,40}$/.test(c); });
      } else return;
      this.dispatchEvent(new CustomEvent(data.type, { detail: detail, bubbles: true }));
    }
  }

  if (!customElements.get('leg-cramp-check')) customElements.define('leg-cramp-check', LegCrampCheck);
})();
