/// The inline script that adds GOV.UK's "Exit this page" behaviour to the quick-exit
/// link on `profile: web` (never on tor): Shift pressed three times within 5 seconds
/// leaves, `location.replace` keeps this page out of the back history, and a `pageshow`
/// reset shows the page again if the browser restores it from its cache.
/// It reads the target from the link, so no page data is ever written into script.
enum QuickExitScript {
    static let source = """
    (function(){var a=document.getElementById("wm-exit");if(!a)return;var n=0,t=0;\
    function go(){document.documentElement.style.visibility="hidden";window.location.replace(a.href);}\
    a.addEventListener("click",function(e){e.preventDefault();go();});\
    document.addEventListener("keydown",function(e){if(e.key!=="Shift"||e.repeat)return;var now=Date.now();\
    if(now-t>5000)n=0;if(n===0)t=now;n+=1;if(n>=3){n=0;go();}});\
    window.addEventListener("pageshow",function(){n=0;document.documentElement.style.visibility="";});})();
    """
}
