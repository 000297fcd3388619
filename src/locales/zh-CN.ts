import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `zh-CN`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
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
  qrInstructions: '请用手机相机扫描此二维码，在手机上继续验证。',
  qrLabel: '在手机上打开验证的二维码',
  qrOpenHere: '改为在此设备上打开',
  qrExpiresIn: '二维码有效期还剩 {time}',
  qrOpened: '已在手机上打开，请在手机上完成验证。',
  qrResultOnPhone: '验证结果将显示在您的手机上。',
  qrRenewed: '二维码已更新。',
  popupWaiting: '请在新打开的窗口中完成验证。',
  popupBlocked: '您的浏览器未能打开验证窗口。',
  popupOpen: '打开验证',
  popupClosed: '验证窗口已关闭。',
  popupReopen: '重新打开',
  popupCancel: '取消',
  redirecting: '正在跳转到验证页面…',
};

export default strings;
