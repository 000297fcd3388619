import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `ja`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
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
  qrInstructions: 'スマートフォンのカメラでこのコードを読み取り、スマートフォンで本人確認を続けてください。',
  qrLabel: 'スマートフォンで本人確認を開くQRコード',
  qrOpenHere: 'このデバイスで開く',
  qrExpiresIn: 'コードの有効期限：残り {time}',
  qrOpened: 'スマートフォンで開かれました。スマートフォンで本人確認を完了してください。',
  qrResultOnPhone: '結果はスマートフォンに表示されます。',
  qrRenewed: 'コードを更新しました。',
  popupWaiting: '開いたウィンドウで本人確認を完了してください。',
  popupBlocked: 'ブラウザが本人確認のウィンドウを開けませんでした。',
  popupOpen: '本人確認を開く',
  popupClosed: '本人確認のウィンドウが閉じられました。',
  popupReopen: 'もう一度開く',
  popupCancel: 'キャンセル',
  redirecting: '本人確認のページに移動しています…',
};

export default strings;
