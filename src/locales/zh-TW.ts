import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `zh-TW`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
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
  qrInstructions: '請用手機相機掃描此 QR 圖碼，在手機上繼續驗證。',
  qrLabel: '在手機上開啟驗證的 QR 圖碼',
  qrOpenHere: '改在這部裝置上開啟',
  qrExpiresIn: 'QR 圖碼有效時間還剩 {time}',
  qrOpened: '已在手機上開啟，請在手機上完成驗證。',
  qrResultOnPhone: '驗證結果會顯示在您的手機上。',
  qrRenewed: 'QR 圖碼已更新。',
  popupWaiting: '請在新開啟的視窗中完成驗證。',
  popupBlocked: '您的瀏覽器未能開啟驗證視窗。',
  popupOpen: '開啟驗證',
  popupClosed: '驗證視窗已關閉。',
  popupReopen: '重新開啟',
  popupCancel: '取消',
  redirecting: '正在前往驗證頁面…',
};

export default strings;
