/** The element's own UI text, in several languages; hosts override any entry with the `strings` property. */
export interface KycStrings {
  start: string;
  loading: string;
  frameTitle: string;
  flowLoading: string;
  doneTitle: string;
  doneBody: string;
  cancelledTitle: string;
  errorTitle: string;
  expiredTitle: string;
  retry: string;
  continueOnPhone: string;
  closeWindow: string;
  finishedElsewhere: string;
  announceLoading: string;
  announceActive: string;
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

const en: KycStrings = {
  start: 'Verify your identity',
  loading: 'Preparing your verification…',
  frameTitle: 'Identity verification',
  flowLoading: 'Loading the verification…',
  doneTitle: 'Thank you',
  doneBody: 'Your verification was submitted.',
  cancelledTitle: 'Verification cancelled',
  errorTitle: 'Verification could not be completed',
  expiredTitle: 'This verification link has expired',
  retry: 'Try again',
  continueOnPhone: 'Continue on your phone',
  closeWindow: 'You can close this window.',
  finishedElsewhere: 'Verification finished — continue where you started.',
  announceLoading: 'Preparing verification',
  announceActive: 'Verification opened',
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

const de: KycStrings = {
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
  closeWindow: 'Sie können dieses Fenster schließen.',
  finishedElsewhere: 'Verifizierung beendet – fahren Sie dort fort, wo Sie begonnen haben.',
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

const fr: KycStrings = {
  start: 'Vérifier votre identité',
  loading: 'Préparation de votre vérification…',
  frameTitle: "Vérification d'identité",
  flowLoading: 'Chargement de la vérification…',
  doneTitle: 'Merci',
  doneBody: 'Votre vérification a été envoyée.',
  cancelledTitle: 'Vérification annulée',
  errorTitle: "La vérification n'a pas pu aboutir",
  expiredTitle: 'Ce lien de vérification a expiré',
  retry: 'Réessayer',
  continueOnPhone: 'Continuer sur votre téléphone',
  closeWindow: 'Vous pouvez fermer cette fenêtre.',
  finishedElsewhere: 'Vérification terminée — continuez là où vous avez commencé.',
  announceLoading: 'Préparation de la vérification',
  announceActive: 'Vérification ouverte',
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

const es: KycStrings = {
  start: 'Verificar tu identidad',
  loading: 'Preparando tu verificación…',
  frameTitle: 'Verificación de identidad',
  flowLoading: 'Cargando la verificación…',
  doneTitle: 'Gracias',
  doneBody: 'Tu verificación se ha enviado.',
  cancelledTitle: 'Verificación cancelada',
  errorTitle: 'No se pudo completar la verificación',
  expiredTitle: 'Este enlace de verificación ha caducado',
  retry: 'Intentar de nuevo',
  continueOnPhone: 'Continuar en tu teléfono',
  closeWindow: 'Puedes cerrar esta ventana.',
  finishedElsewhere: 'Verificación terminada: continúa donde empezaste.',
  announceLoading: 'Preparando la verificación',
  announceActive: 'Verificación abierta',
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

const ar: KycStrings = {
  start: 'تحقق من هويتك',
  loading: 'جارٍ تجهيز التحقق…',
  frameTitle: 'التحقق من الهوية',
  flowLoading: 'جارٍ تحميل التحقق…',
  doneTitle: 'شكرًا لك',
  doneBody: 'تم إرسال طلب التحقق.',
  cancelledTitle: 'تم إلغاء التحقق',
  errorTitle: 'تعذّر إكمال التحقق',
  expiredTitle: 'انتهت صلاحية رابط التحقق هذا',
  retry: 'حاول مرة أخرى',
  continueOnPhone: 'تابع على هاتفك',
  closeWindow: 'يمكنك إغلاق هذه النافذة.',
  finishedElsewhere: 'انتهى التحقق — تابع من حيث بدأت.',
  announceLoading: 'جارٍ تجهيز التحقق',
  announceActive: 'تم فتح التحقق',
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

const CATALOG: Record<string, KycStrings> = {en, de, fr, es, ar};

/** Languages written right to left: the element sets `dir="rtl"` on its own UI for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

const baseLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0];

/** The strings for a locale (`de-CH` → German, unknown → English), with the host's overrides on top. */
export function stringsFor(locale: string, overrides: Partial<KycStrings> = {}): KycStrings {
  return {...(CATALOG[baseLanguage(locale)] ?? en), ...overrides};
}

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr');

/** Languages the element ships strings for. */
export const SHIPPED_LANGUAGES = Object.keys(CATALOG);
