import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `tr`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
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
  qrInstructions: 'Doğrulamaya telefonunuzda devam etmek için bu kodu telefonunuzun kamerasıyla tarayın.',
  qrLabel: 'Doğrulamayı telefonunuzda açan QR kod',
  qrOpenHere: 'Bunun yerine bu cihazda aç',
  qrExpiresIn: 'Kodun kalan geçerlilik süresi: {time}',
  qrOpened: 'Telefonunuzda açıldı. Doğrulamayı orada tamamlayın.',
  qrResultOnPhone: 'Sonucu telefonunuzda göreceksiniz.',
  qrRenewed: 'Kod yenilendi.',
  popupWaiting: 'Doğrulamayı açılan pencerede tamamlayın.',
  popupBlocked: 'Tarayıcınız doğrulama penceresini açmadı.',
  popupOpen: 'Doğrulamayı aç',
  popupClosed: 'Doğrulama penceresi kapatıldı.',
  popupReopen: 'Yeniden aç',
  popupCancel: 'İptal',
  redirecting: 'Doğrulamaya yönlendiriliyorsunuz…',
};

export default strings;
