<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../explorer/ui/app.py" line="+176"/>
        <source>The app keeps running; the details were logged.</source>
        <translation>앱은 계속 실행됩니다. 자세한 내용은 로그에 기록했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
</context>
<context>
    <name>Lab</name>
    <message>
        <location filename="../../explorer/ui/main_window.py" line="+51"/>
        <source>Optimizer Lab</source>
        <translation>옵티마이저 실험실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perceptron Lab</source>
        <translation>퍼셉트론 실험실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training Lab</source>
        <translation>학습 실험실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open scene…</source>
        <translation>장면 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save scene…</source>
        <translation>장면 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export view as &amp;PNG…</source>
        <translation>화면을 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export animation as &amp;GIF…</source>
        <translation>애니메이션을 GIF로 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>this lab has no keys of its own</source>
        <translation>이 실험실에는 전용 단축키가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lab} (while it has the focus)</source>
        <translation>{lab} (포커스가 있을 때)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved scene {name}</source>
        <translation>장면을 저장했습니다: {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened scene {name}</source>
        <translation>장면을 열었습니다: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open scene</source>
        <translation>장면 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Scenes (*.json)</source>
        <translation>장면 (*.json)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open scene</source>
        <translation>장면을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save scene</source>
        <translation>장면 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save scene</source>
        <translation>장면을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Exported {name}</source>
        <translation>내보냈습니다: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Export PNG</source>
        <translation>PNG 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export GIF</source>
        <translation>GIF 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 애니메이션 (*.gif)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
</context>
</TS>
