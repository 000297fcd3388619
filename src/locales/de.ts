import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `de`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Identität bestätigen',
  loading: 'Ihre Verifizierung wird vorbereitet…',
  frameTitle: 'Identitätsprüfung',
  flowLoading: 'Die Verifizierung wird geladen…',
  doneTitle: 'Vielen Dank',
  doneBody: 'Ihre Verifizierung wurde übermittelt.',
  cancelledTitle: 'Verifizierung abgebrochen',
  errorTitle: 'Die Verifizierung konnte nicht abgeschlossen werden',
  expiredTitle: 'Dieser Verifizierungslink ist abgelaufen',
  retry: 'Erneut versuchen',
  continueOnPhone: 'Auf dem Smartphone fortfahren',
  returnForwarded: 'Sie können dieses Fenster schließen.',
  returnElsewhere: 'Verifizierung beendet – fahren Sie dort fort, wo Sie begonnen haben.',
  announceLoading: 'Verifizierung wird vorbereitet',
  announceActive: 'Verifizierung geöffnet',
  qrInstructions: 'Scannen Sie diesen Code mit der Kamera Ihres Smartphones, um die Verifizierung dort fortzusetzen.',
  qrLabel: 'QR-Code, der die Verifizierung auf Ihrem Smartphone öffnet',
  qrOpenHere: 'Stattdessen auf diesem Gerät öffnen',
  qrExpiresIn: 'Code gültig für {time}',
  qrOpened: 'Auf Ihrem Smartphone geöffnet – schließen Sie die Verifizierung dort ab.',
  qrResultOnPhone: 'Das Ergebnis sehen Sie auf Ihrem Smartphone.',
  qrRenewed: 'Der Code wurde erneuert.',
  popupWaiting: 'Schließen Sie die Verifizierung in dem geöffneten Fenster ab.',
  popupBlocked: 'Ihr Browser hat das Verifizierungsfenster nicht geöffnet.',
  popupOpen: 'Verifizierung öffnen',
  popupClosed: 'Das Verifizierungsfenster wurde geschlossen.',
  popupReopen: 'Erneut öffnen',
  popupCancel: 'Abbrechen',
  redirecting: 'Sie werden zur Verifizierung weitergeleitet…',
};

export default strings;
