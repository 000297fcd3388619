import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `ar`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
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

export default strings;
