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

const it: ElementStrings = {
  start: 'Verifica la tua identità',
  loading: 'Stiamo preparando la verifica…',
  frameTitle: "Verifica dell'identità",
  flowLoading: 'Caricamento della verifica…',
  doneTitle: 'Grazie',
  doneBody: 'La tua verifica è stata inviata.',
  cancelledTitle: 'Verifica annullata',
  errorTitle: 'Non è stato possibile completare la verifica',
  expiredTitle: 'Questo link di verifica è scaduto',
  retry: 'Riprova',
  continueOnPhone: 'Continua sul telefono',
  returnForwarded: 'Puoi chiudere questa finestra.',
  returnElsewhere: 'Verifica terminata: continua da dove avevi iniziato.',
  announceLoading: 'Preparazione della verifica',
  announceActive: 'Verifica aperta',
};

const ptBR: ElementStrings = {
  start: 'Verificar sua identidade',
  loading: 'Preparando sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'Carregando a verificação…',
  doneTitle: 'Obrigado',
  doneBody: 'Sua verificação foi enviada.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Este link de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no celular',
  returnForwarded: 'Você já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue de onde você começou.',
  announceLoading: 'Preparando a verificação',
  announceActive: 'Verificação aberta',
};

const ptPT: ElementStrings = {
  start: 'Verificar a sua identidade',
  loading: 'A preparar a sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'A carregar a verificação…',
  doneTitle: 'Obrigado',
  doneBody: 'A sua verificação foi enviada.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Esta ligação de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no telemóvel',
  returnForwarded: 'Já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue onde começou.',
  announceLoading: 'A preparar a verificação',
  announceActive: 'Verificação aberta',
};

const nl: ElementStrings = {
  start: 'Verifieer je identiteit',
  loading: 'Je verificatie wordt voorbereid…',
  frameTitle: 'Identiteitsverificatie',
  flowLoading: 'De verificatie wordt geladen…',
  doneTitle: 'Bedankt',
  doneBody: 'Je verificatie is verstuurd.',
  cancelledTitle: 'Verificatie geannuleerd',
  errorTitle: 'De verificatie kon niet worden voltooid',
  expiredTitle: 'Deze verificatielink is verlopen',
  retry: 'Opnieuw proberen',
  continueOnPhone: 'Verdergaan op je telefoon',
  returnForwarded: 'Je kunt dit venster sluiten.',
  returnElsewhere: 'Verificatie voltooid. Ga verder waar je begon.',
  announceLoading: 'Verificatie wordt voorbereid',
  announceActive: 'Verificatie geopend',
};

const pl: ElementStrings = {
  start: 'Potwierdź swoją tożsamość',
  loading: 'Przygotowujemy weryfikację…',
  frameTitle: 'Weryfikacja tożsamości',
  flowLoading: 'Wczytywanie weryfikacji…',
  doneTitle: 'Dziękujemy',
  doneBody: 'Twoja weryfikacja została przesłana.',
  cancelledTitle: 'Weryfikacja anulowana',
  errorTitle: 'Nie udało się ukończyć weryfikacji',
  expiredTitle: 'Ten link weryfikacyjny wygasł',
  retry: 'Spróbuj ponownie',
  continueOnPhone: 'Kontynuuj na telefonie',
  returnForwarded: 'Możesz zamknąć to okno.',
  returnElsewhere: 'Weryfikacja zakończona — wróć tam, gdzie ją rozpoczęto.',
  announceLoading: 'Przygotowywanie weryfikacji',
  announceActive: 'Weryfikacja otwarta',
};

const tr: ElementStrings = {
  start: 'Kimliğinizi doğrulayın',
  loading: 'Doğrulamanız hazırlanıyor…',
  frameTitle: 'Kimlik doğrulama',
  flowLoading: 'Doğrulama yükleniyor…',
  doneTitle: 'Teşekkürler',
  doneBody: 'Doğrulamanız gönderildi.',
  cancelledTitle: 'Doğrulama iptal edildi',
  errorTitle: 'Doğrulama tamamlanamadı',
  expiredTitle: 'Bu doğrulama bağlantısının süresi doldu',
  retry: 'Tekrar dene',
  continueOnPhone: 'Telefonunuzda devam edin',
  returnForwarded: 'Bu pencereyi kapatabilirsiniz.',
  returnElsewhere: 'Doğrulama tamamlandı. Başladığınız yerden devam edin.',
  announceLoading: 'Doğrulama hazırlanıyor',
  announceActive: 'Doğrulama açıldı',
};

const zhCN: ElementStrings = {
  start: '验证您的身份',
  loading: '正在准备验证…',
  frameTitle: '身份验证',
  flowLoading: '正在加载验证…',
  doneTitle: '谢谢',
  doneBody: '您的验证信息已提交。',
  cancelledTitle: '验证已取消',
  errorTitle: '无法完成验证',
  expiredTitle: '此验证链接已过期',
  retry: '重试',
  continueOnPhone: '在手机上继续',
  returnForwarded: '您可以关闭此窗口。',
  returnElsewhere: '验证已完成，请回到开始验证的页面继续。',
  announceLoading: '正在准备验证',
  announceActive: '验证已打开',
};

const zhTW: ElementStrings = {
  start: '驗證您的身分',
  loading: '正在準備驗證…',
  frameTitle: '身分驗證',
  flowLoading: '正在載入驗證…',
  doneTitle: '謝謝',
  doneBody: '您的驗證資料已送出。',
  cancelledTitle: '驗證已取消',
  errorTitle: '無法完成驗證',
  expiredTitle: '此驗證連結已過期',
  retry: '再試一次',
  continueOnPhone: '在手機上繼續',
  returnForwarded: '您可以關閉此視窗。',
  returnElsewhere: '驗證已完成，請回到開始驗證的頁面繼續。',
  announceLoading: '正在準備驗證',
  announceActive: '驗證已開啟',
};

const ja: ElementStrings = {
  start: '本人確認を始める',
  loading: '本人確認の準備をしています…',
  frameTitle: '本人確認',
  flowLoading: '本人確認を読み込んでいます…',
  doneTitle: 'ありがとうございました',
  doneBody: '本人確認の情報を送信しました。',
  cancelledTitle: '本人確認をキャンセルしました',
  errorTitle: '本人確認を完了できませんでした',
  expiredTitle: 'この本人確認リンクは有効期限が切れています',
  retry: 'もう一度試す',
  continueOnPhone: 'スマートフォンで続ける',
  returnForwarded: 'このウィンドウは閉じてかまいません。',
  returnElsewhere: '本人確認が完了しました。開始した画面に戻って続けてください。',
  announceLoading: '本人確認を準備しています',
  announceActive: '本人確認を開きました',
};

/** The element's strings, by BCP 47 tag: a language, or a language and region where they write differently. */
const CATALOG: Record<string, ElementStrings> = {en, es, fr, de, it, 'pt-BR': ptBR, 'pt-PT': ptPT, nl, pl, tr, ar, 'zh-CN': zhCN, 'zh-TW': zhTW, ja};

/** The catalog a bare language gets when only regional ones exist (CLDR's defaults: `pt` is Brazil's). */
const LANGUAGE_DEFAULTS: Record<string, string> = {pt: 'pt-BR', zh: 'zh-CN'};

/** Languages written right to left: the element sets `dir="rtl"` on its own UI for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

export const baseLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0];

/**
 * The catalog keys to try for a locale, most specific first: language-REGION (`pt-BR`, `pt-PT`);
 * for Chinese, the script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-TW`; other Chinese → `zh-CN`);
 * the language (`pt`, `de`); the language's default region (`pt` → `pt-BR`); then `en`. So `pt-BR` →
 * `pt` → `en`, `de-CH` → `de`, `es-419` → `es`, `pt_PT` → `pt-PT`, `fy` → `en`.
 */
export function localeFallbacks(locale: string): string[] {
  const [first = '', ...rest] = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = first.toLowerCase();
  const script = rest.find((part) => part.length === 4)?.toLowerCase();
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  const keys: string[] = [];
  if (region) keys.push(`${language}-${region}`);
  if (language === 'zh') keys.push(script === 'hant' || ['TW', 'HK', 'MO'].includes(region ?? '') ? 'zh-TW' : 'zh-CN');
  keys.push(language);
  if (LANGUAGE_DEFAULTS[language]) keys.push(LANGUAGE_DEFAULTS[language]);
  keys.push('en');
  return [...new Set(keys)];
}

/** The entry of `catalog` for a locale, along `localeFallbacks`. */
export function pickLocale<T>(catalog: Readonly<Record<string, T>>, locale: string): T {
  const key = localeFallbacks(locale).find((candidate) => Object.prototype.hasOwnProperty.call(catalog, candidate));
  return catalog[key ?? 'en'];
}

/** The element's strings for a locale (`de-CH` → German, `pt-BR` → `pt` → English), with the host's overrides on top. */
export function stringsFor(locale: string, overrides: Partial<KycStrings> = {}): ElementStrings & Partial<ModeStrings> {
  return {...pickLocale(CATALOG, locale), ...overrides};
}

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr');

/** Languages the element ships strings for. */
export const SHIPPED_LANGUAGES = Object.keys(CATALOG);
