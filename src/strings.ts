import type {ModeStrings} from './mode-strings.js';

/**
 * The element's own UI text, in several languages; hosts override any entry with the `strings`
 * property. The texts only a mode shows (QR, popup, redirect) live in `mode-strings.ts`, which loads
 * with the lazy engine; `KycStrings` is both.
 */
export interface ElementStrings {
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
  returnForwarded: string;
  returnElsewhere: string;
  announceLoading: string;
  announceActive: string;
}

export interface KycStrings extends ElementStrings, ModeStrings {}

const en: ElementStrings = {
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
  returnForwarded: 'You can close this window.',
  returnElsewhere: 'Verification finished — continue where you started.',
  announceLoading: 'Preparing verification',
  announceActive: 'Verification opened',
};

const de: ElementStrings = {
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
};

const fr: ElementStrings = {
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
  returnForwarded: 'Vous pouvez fermer cette fenêtre.',
  returnElsewhere: 'Vérification terminée — continuez là où vous avez commencé.',
  announceLoading: 'Préparation de la vérification',
  announceActive: 'Vérification ouverte',
};

const es: ElementStrings = {
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
  returnForwarded: 'Puedes cerrar esta ventana.',
  returnElsewhere: 'Verificación terminada: continúa donde empezaste.',
  announceLoading: 'Preparando la verificación',
  announceActive: 'Verificación abierta',
};

const ar: ElementStrings = {
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
  returnForwarded: 'يمكنك إغلاق هذه النافذة.',
  returnElsewhere: 'انتهى التحقق — تابع من حيث بدأت.',
  announceLoading: 'جارٍ تجهيز التحقق',
  announceActive: 'تم فتح التحقق',
};

const CATALOG: Record<string, ElementStrings> = {en, de, fr, es, ar};

/** Languages written right to left: the element sets `dir="rtl"` on its own UI for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

export const baseLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0];

/** The element's strings for a locale (`de-CH` → German, unknown → English), with the host's overrides on top. */
export function stringsFor(locale: string, overrides: Partial<KycStrings> = {}): ElementStrings & Partial<ModeStrings> {
  return {...(CATALOG[baseLanguage(locale)] ?? en), ...overrides};
}

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr');

/** Languages the element ships strings for. */
export const SHIPPED_LANGUAGES = Object.keys(CATALOG);
