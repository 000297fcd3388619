import {pickLocale, stringsFor, type KycStrings} from './strings.js';

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

const it: ModeStrings = {
  qrInstructions: 'Inquadra questo codice con la fotocamera del telefono per continuare lì la verifica.',
  qrLabel: 'Codice QR che apre la verifica sul tuo telefono',
  qrOpenHere: 'Apri invece su questo dispositivo',
  qrExpiresIn: 'Codice valido per {time}',
  qrOpened: 'Aperta sul telefono: completa lì la verifica.',
  qrResultOnPhone: 'Vedrai il risultato sul telefono.',
  qrRenewed: 'Il codice è stato rinnovato.',
  popupWaiting: 'Completa la verifica nella finestra che si è aperta.',
  popupBlocked: 'Il browser non ha aperto la finestra della verifica.',
  popupOpen: 'Apri la verifica',
  popupClosed: 'La finestra della verifica è stata chiusa.',
  popupReopen: 'Riapri',
  popupCancel: 'Annulla',
  redirecting: 'Ti stiamo portando alla verifica…',
};

const ptBR: ModeStrings = {
  qrInstructions: 'Escaneie este código com a câmera do celular para continuar a verificação por lá.',
  qrLabel: 'Código QR que abre a verificação no seu celular',
  qrOpenHere: 'Abrir neste dispositivo',
  qrExpiresIn: 'Código válido por {time}',
  qrOpened: 'Aberto no celular. Conclua a verificação por lá.',
  qrResultOnPhone: 'Você verá o resultado no celular.',
  qrRenewed: 'O código foi renovado.',
  popupWaiting: 'Conclua a verificação na janela que foi aberta.',
  popupBlocked: 'Seu navegador não abriu a janela de verificação.',
  popupOpen: 'Abrir a verificação',
  popupClosed: 'A janela de verificação foi fechada.',
  popupReopen: 'Reabrir',
  popupCancel: 'Cancelar',
  redirecting: 'Levando você para a verificação…',
};

const ptPT: ModeStrings = {
  qrInstructions: 'Leia este código com a câmara do telemóvel para continuar aí a verificação.',
  qrLabel: 'Código QR que abre a verificação no seu telemóvel',
  qrOpenHere: 'Abrir antes neste dispositivo',
  qrExpiresIn: 'Código válido durante {time}',
  qrOpened: 'Aberto no telemóvel. Conclua aí a verificação.',
  qrResultOnPhone: 'Verá o resultado no telemóvel.',
  qrRenewed: 'O código foi renovado.',
  popupWaiting: 'Conclua a verificação na janela que se abriu.',
  popupBlocked: 'O seu navegador não abriu a janela de verificação.',
  popupOpen: 'Abrir a verificação',
  popupClosed: 'A janela de verificação foi fechada.',
  popupReopen: 'Reabrir',
  popupCancel: 'Cancelar',
  redirecting: 'A redirecionar para a verificação…',
};

const nl: ModeStrings = {
  qrInstructions: 'Scan deze code met de camera van je telefoon om de verificatie daar voort te zetten.',
  qrLabel: 'QR-code die de verificatie op je telefoon opent',
  qrOpenHere: 'Liever op dit apparaat openen',
  qrExpiresIn: 'Code nog {time} geldig',
  qrOpened: 'Geopend op je telefoon. Rond de verificatie daar af.',
  qrResultOnPhone: 'Je ziet het resultaat op je telefoon.',
  qrRenewed: 'De code is vernieuwd.',
  popupWaiting: 'Rond de verificatie af in het venster dat is geopend.',
  popupBlocked: 'Je browser heeft het verificatievenster niet geopend.',
  popupOpen: 'Verificatie openen',
  popupClosed: 'Het verificatievenster is gesloten.',
  popupReopen: 'Opnieuw openen',
  popupCancel: 'Annuleren',
  redirecting: 'Je gaat naar de verificatie…',
};

const pl: ModeStrings = {
  qrInstructions: 'Zeskanuj ten kod aparatem w telefonie, aby dokończyć weryfikację na telefonie.',
  qrLabel: 'Kod QR, który otwiera weryfikację na telefonie',
  qrOpenHere: 'Otwórz na tym urządzeniu',
  qrExpiresIn: 'Kod ważny jeszcze {time}',
  qrOpened: 'Otwarto na telefonie — dokończ tam weryfikację.',
  qrResultOnPhone: 'Wynik zobaczysz na telefonie.',
  qrRenewed: 'Kod został odnowiony.',
  popupWaiting: 'Dokończ weryfikację w otwartym oknie.',
  popupBlocked: 'Przeglądarka nie otworzyła okna weryfikacji.',
  popupOpen: 'Otwórz weryfikację',
  popupClosed: 'Okno weryfikacji zostało zamknięte.',
  popupReopen: 'Otwórz ponownie',
  popupCancel: 'Anuluj',
  redirecting: 'Przekierowujemy do weryfikacji…',
};

const tr: ModeStrings = {
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

const zhCN: ModeStrings = {
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

const zhTW: ModeStrings = {
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

const ja: ModeStrings = {
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

const CATALOG: Record<string, ModeStrings> = {en, es, fr, de, it, 'pt-BR': ptBR, 'pt-PT': ptPT, nl, pl, tr, ar, 'zh-CN': zhCN, 'zh-TW': zhTW, ja};

/** The mode texts for a locale, with the element's fallback order (`de-CH` → German, `pt-BR` → `pt` → English). */
export const modeStringsFor = (locale: string): ModeStrings => pickLocale(CATALOG, locale);

/** Every text of the element and its modes for a locale, with the host's overrides on top. */
export const allStringsFor = (locale: string, overrides: Partial<KycStrings> = {}): KycStrings => ({
  ...modeStringsFor(locale),
  ...stringsFor(locale, overrides),
});
