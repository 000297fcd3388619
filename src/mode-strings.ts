import {baseLanguage, stringsFor, type KycStrings} from './strings.js';

/** The texts only a mode shows (QR, popup, redirect): loaded with the lazy engine, not the entry. */
export interface ModeStrings {
  /** QR mode: what to do with the code. */
  qrInstructions: string;
  /** QR mode: the accessible name of the code. */
  qrLabel: string;
  /** QR mode: the link that opens the flow in a new tab of this browser. */
  qrOpenHere: string;
  /** QR mode: the time left; `{time}` is replaced with `m:ss`. */
  qrExpiresIn: string;
  /** QR mode: the status endpoint says the link was opened. */
  qrOpened: string;
  /** QR mode without a status endpoint: the outcome is shown on the phone only. */
  qrResultOnPhone: string;
  /** QR mode: announced when a new code replaces one about to expire. */
  qrRenewed: string;
  /** Popup mode: while the window is open. */
  popupWaiting: string;
  /** Popup mode: the browser refused to open the window. */
  popupBlocked: string;
  /** Popup mode: the button that opens the window with a fresh click. */
  popupOpen: string;
  /** Popup mode: the window was closed (or hides behind `Cross-Origin-Opener-Policy`) without a result. */
  popupClosed: string;
  popupReopen: string;
  popupCancel: string;
  /** Redirect mode: shown while the page navigates to the provider. */
  redirecting: string;
}

const en: ModeStrings = {
  qrInstructions: 'Scan this code with your phone’s camera to continue the verification there.',
  qrLabel: 'QR code that opens the verification on your phone',
  qrOpenHere: 'Open on this device instead',
  qrExpiresIn: 'Code valid for {time}',
  qrOpened: 'Opened on your phone — finish the verification there.',
  qrResultOnPhone: 'You will see the result on your phone.',
  qrRenewed: 'The code was renewed.',
  popupWaiting: 'Complete the verification in the window that opened.',
  popupBlocked: 'Your browser did not open the verification window.',
  popupOpen: 'Open the verification',
  popupClosed: 'The verification window was closed.',
  popupReopen: 'Reopen',
  popupCancel: 'Cancel',
  redirecting: 'Taking you to the verification…',
};

const de: ModeStrings = {
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

const fr: ModeStrings = {
  qrInstructions: 'Scannez ce code avec l’appareil photo de votre téléphone pour y poursuivre la vérification.',
  qrLabel: 'Code QR qui ouvre la vérification sur votre téléphone',
  qrOpenHere: 'Ouvrir plutôt sur cet appareil',
  qrExpiresIn: 'Code valable {time}',
  qrOpened: 'Ouvert sur votre téléphone — terminez la vérification là-bas.',
  qrResultOnPhone: 'Vous verrez le résultat sur votre téléphone.',
  qrRenewed: 'Le code a été renouvelé.',
  popupWaiting: 'Terminez la vérification dans la fenêtre qui s’est ouverte.',
  popupBlocked: 'Votre navigateur n’a pas ouvert la fenêtre de vérification.',
  popupOpen: 'Ouvrir la vérification',
  popupClosed: 'La fenêtre de vérification a été fermée.',
  popupReopen: 'Rouvrir',
  popupCancel: 'Annuler',
  redirecting: 'Redirection vers la vérification…',
};

const es: ModeStrings = {
  qrInstructions: 'Escanea este código con la cámara de tu teléfono para continuar la verificación allí.',
  qrLabel: 'Código QR que abre la verificación en tu teléfono',
  qrOpenHere: 'Abrir en este dispositivo',
  qrExpiresIn: 'Código válido durante {time}',
  qrOpened: 'Abierto en tu teléfono: termina la verificación allí.',
  qrResultOnPhone: 'Verás el resultado en tu teléfono.',
  qrRenewed: 'Se ha renovado el código.',
  popupWaiting: 'Completa la verificación en la ventana que se ha abierto.',
  popupBlocked: 'Tu navegador no abrió la ventana de verificación.',
  popupOpen: 'Abrir la verificación',
  popupClosed: 'Se cerró la ventana de verificación.',
  popupReopen: 'Volver a abrir',
  popupCancel: 'Cancelar',
  redirecting: 'Te llevamos a la verificación…',
};

const ar: ModeStrings = {
  qrInstructions: 'امسح هذا الرمز بكاميرا هاتفك لمتابعة التحقق عليه.',
  qrLabel: 'رمز QR يفتح التحقق على هاتفك',
  qrOpenHere: 'افتح على هذا الجهاز بدلًا من ذلك',
  qrExpiresIn: 'الرمز صالح لمدة {time}',
  qrOpened: 'تم الفتح على هاتفك — أكمل التحقق هناك.',
  qrResultOnPhone: 'ستظهر لك النتيجة على هاتفك.',
  qrRenewed: 'تم تجديد الرمز.',
  popupWaiting: 'أكمل التحقق في النافذة التي فُتحت.',
  popupBlocked: 'لم يفتح متصفحك نافذة التحقق.',
  popupOpen: 'افتح التحقق',
  popupClosed: 'تم إغلاق نافذة التحقق.',
  popupReopen: 'إعادة الفتح',
  popupCancel: 'إلغاء',
  redirecting: 'جارٍ نقلك إلى التحقق…',
};

const CATALOG: Record<string, ModeStrings> = {en, de, fr, es, ar};

/** The mode texts for a locale (`de-CH` → German, unknown → English). */
export const modeStringsFor = (locale: string): ModeStrings => CATALOG[baseLanguage(locale)] ?? en;

/** Every text of the element and its modes for a locale, with the host's overrides on top. */
export const allStringsFor = (locale: string, overrides: Partial<KycStrings> = {}): KycStrings => ({
  ...modeStringsFor(locale),
  ...stringsFor(locale, overrides),
});
